using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// Retries a JetStream management call while the cluster cannot answer yet — just started, or
/// electing a leader after a node was lost — for up to <see cref="Patience"/>, then gives up
/// with the reason. Errors that are answers (a refused configuration) are not retried; "no
/// suitable peers for placement" is retried, because a cluster that has just elected its leader
/// may not have heard from every peer yet (seen in the cluster test: an R3 stream refused a moment
/// after the cluster formed), and on a cluster truly too small it still ends with that reason.
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
                throw new StreamUnavailableException($"JetStream could not {what} within {Patience.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }

    /// <summary>JetStream's error code for "no suitable peers for placement" (too few servers known for the replicas asked).</summary>
    public const int NoSuitablePeers = 10005;

    /// <summary>No answer, "temporarily unavailable" (503, no leader), or peers not all known yet: worth asking again.</summary>
    public static bool IsTransient(Exception e) =>
        e is NatsJSApiNoResponseException or NatsNoRespondersException or NatsNoReplyException or NatsTimeoutException or TimeoutException or NatsConnectionFailedException
        || (e is NatsJSApiException api && (api.Error.Code is 503 or 408 or 500 || api.Error.ErrCode == NoSuitablePeers));
}
