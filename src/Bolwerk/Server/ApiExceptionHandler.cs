using Bolwerk.Storage.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Bolwerk.Host.Server;

/// <summary>
/// Turns exceptions that escape an endpoint into RFC 9457 problem details with a stable type.
/// Internal errors say nothing about internals; the log has the exception.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, type, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e =>
                (413, ProblemTypes.PayloadTooLarge, "Request body too large", e.Message),
            BadHttpRequestException e =>
                (e.StatusCode, ProblemTypes.MalformedRequest, "Malformed request", Describe(e)),
            StorageException { Code: StorageErrorCode.Conflict } e =>
                (409, ProblemTypes.Conflict, "Conflict", e.Message),
            StorageException { IsTransient: true } or StorageException { Code: StorageErrorCode.Unavailable or StorageErrorCode.Busy } =>
                (503, ProblemTypes.StorageUnavailable, "Storage unavailable", "The database is busy or unreachable; retry shortly."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (499, ProblemTypes.Internal, "Client closed request", null),
            _ => (500, ProblemTypes.Internal, "Internal error", "The server failed to handle the request; the failure is logged."),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (status == 503)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    // The JSON reader's message names the path, line and byte offset of the fault; pass it on.
    private static string Describe(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json ? $"{exception.Message} {json.Message}" : exception.Message;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
