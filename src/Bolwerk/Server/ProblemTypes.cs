namespace Bolwerk.Host.Server;

/// <summary>
/// The stable RFC 9457 problem type URIs of the Bolwerk API. Clients switch on these, so they
/// never change once published; docs/api.md describes each.
/// </summary>
public static class ProblemTypes
{
    public const string Validation = "urn:bolwerk:problem:validation";
    public const string MalformedRequest = "urn:bolwerk:problem:malformed-request";
    public const string PayloadTooLarge = "urn:bolwerk:problem:payload-too-large";
    public const string Unauthenticated = "urn:bolwerk:problem:unauthenticated";
    public const string ForbiddenRole = "urn:bolwerk:problem:forbidden-role";
    public const string ForbiddenMarking = "urn:bolwerk:problem:forbidden-marking";
    public const string NotFound = "urn:bolwerk:problem:not-found";
    public const string Conflict = "urn:bolwerk:problem:conflict";
    public const string StorageUnavailable = "urn:bolwerk:problem:storage-unavailable";
    public const string Internal = "urn:bolwerk:problem:internal";
    public const string TooManyRequests = "urn:bolwerk:problem:too-many-requests";

    /// <summary>The type for a bare status code that no endpoint described further.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => ForbiddenRole,
        404 => NotFound,
        409 => Conflict,
        413 => PayloadTooLarge,
        429 => TooManyRequests,
        503 => StorageUnavailable,
        _ => Internal,
    };
}
