using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// Retries a JetStream management call while the cluster cannot answer yet — just started, or
/// electing a leader after a node was lost — for up to <see cref="Patience"/>, then gives up
/// with the reason. Errors that are answers (a refused configuration) are not retried.
/// </summary>
internal static class JetStreamRetry
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && waited.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e))
            {
                throw new StreamUnavailableException($"JetStream did not answer '{what}' for {Patience.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }

    /// <summary>No answer, or "temporarily unavailable" (503, no leader): worth asking again.</summary>
    public static bool IsTransient(Exception e) =>
        e is NatsJSApiNoResponseException or NatsNoRespondersException or NatsNoReplyException or NatsTimeoutException or TimeoutException or NatsConnectionFailedException
        || (e is NatsJSApiException api && api.Error.Code is 503 or 408 or 500);
}
