using System.Threading.Channels;
using Bolwerk.Alerts;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Storage.Alerts;

namespace Bolwerk.Host.Maritime;

/// <summary>
/// Stores the alerts a maritime watch raises as it raises them (what is waiting is written in one
/// idempotent batch), so a server's live stream carries them while the feed is still running
/// rather than when it ends. Replaying a feed stores nothing twice: every alert has its ingest key.
/// </summary>
internal sealed class LiveAlertWriter
{
    private const int MaxBatch = 500;
    private readonly Channel<Alert> _channel = Channel.CreateUnbounded<Alert>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly AlertStore _store;
    private readonly string _organisation;
    private readonly Tlp _marking;
    private readonly Task<(int Inserted, int Skipped)> _writer;

    public LiveAlertWriter(AlertStore store, string organisation, Tlp marking, CancellationToken cancellationToken)
    {
        (_store, _organisation, _marking) = (store, organisation, marking);
        _writer = Task.Run(() => WriteAsync(cancellationToken), cancellationToken);
    }

    /// <summary>For the watch's alert sink (the feed's thread).</summary>
    public void Raise(MaritimeAlert alert) => _channel.Writer.TryWrite(MaritimeAlertConversion.ToAlert(alert, _marking));

    /// <summary>Writes what is still waiting; returns the alerts stored new and those already stored.</summary>
    public Task<(int Inserted, int Skipped)> CompleteAsync()
    {
        _channel.Writer.TryComplete();
        return _writer;
    }

    private async Task<(int Inserted, int Skipped)> WriteAsync(CancellationToken cancellationToken)
    {
        var (inserted, skipped) = (0, 0);
        var batch = new List<Alert>(MaxBatch);
        while (await _channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _channel.Reader.TryRead(out var alert))
            {
                batch.Add(alert);
            }

            var result = await _store.IngestAsync("maritime-watch", IngestKeys.From([.. batch.Select(a => a.IngestKey)]), batch, _organisation, "maritime-watch", cancellationToken).ConfigureAwait(false);
            inserted += result.Inserted;
            skipped += result.Skipped;
            batch.Clear();
        }

        return (inserted, skipped);
    }
}
