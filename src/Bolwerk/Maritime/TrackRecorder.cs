using System.Threading.Channels;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Maritime;

/// <summary>
/// Stores what a maritime watch accepts: positions stream through a bounded channel into the
/// track store in batches while the watch runs (so a day of traffic never sits in memory), and
/// at the end the vessels' latest state and identity history.
/// </summary>
internal sealed class TrackRecorder : IAsyncDisposable
{
    private const int BatchSize = 20_000;
    private readonly TrackStore _store;
    private readonly Channel<StoredPosition> _channel = Channel.CreateBounded<StoredPosition>(new BoundedChannelOptions(4 * BatchSize) { SingleReader = true, SingleWriter = true });
    private readonly Task<long> _writer;

    public TrackRecorder(TrackStore store, CancellationToken cancellationToken)
    {
        _store = store;
        _writer = Task.Run(() => WriteAsync(cancellationToken), cancellationToken);
    }

    /// <summary>For <see cref="MaritimeWatch.Accepted"/>: blocks briefly when the store falls behind.</summary>
    public void Record(uint mmsi, TrackPoint point)
    {
        var position = new StoredPosition(mmsi, point.Time, point.Longitude, point.Latitude,
            point.HasSpeed ? Math.Round(point.SpeedKnots, 1) : null,
            float.IsNaN(point.CourseDegrees) ? null : Math.Round(point.CourseDegrees, 1),
            point.Heading >= 0 ? point.Heading : null,
            point.Status);
        while (!_channel.Writer.TryWrite(position))
        {
            _channel.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Flushes the positions, then stores every vessel's state and identity history; returns positions newly stored.</summary>
    public async Task<long> CompleteAsync(IEnumerable<VesselState> vessels, CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        var stored = await _writer.ConfigureAwait(false);
        var states = new List<StoredVessel>();
        var history = new List<StoredIdentityChange>();
        foreach (var vessel in vessels.Where(v => v.HasPosition))
        {
            var last = vessel.Last;
            states.Add(new StoredVessel
            {
                Mmsi = vessel.Mmsi,
                Name = vessel.Identity.Name,
                CallSign = vessel.Identity.CallSign,
                Imo = vessel.Identity.Imo,
                ShipType = vessel.Identity.ShipType,
                LengthMetres = vessel.Identity.LengthMetres,
                BeamMetres = vessel.Identity.BeamMetres,
                ClassB = vessel.IsClassB,
                FirstSeen = DateTimeOffset.FromUnixTimeMilliseconds(vessel.FirstTimeMs),
                Last = new StoredPosition(vessel.Mmsi, last.Time, last.Longitude, last.Latitude, last.HasSpeed ? last.SpeedKnots : null,
                    float.IsNaN(last.CourseDegrees) ? null : last.CourseDegrees, last.Heading >= 0 ? last.Heading : null, last.Status),
                Positions = vessel.Positions,
            });
            history.AddRange(vessel.History.Changes.Select(c => new StoredIdentityChange(vessel.Mmsi, c.Field, c.Value, c.FirstSeen, c.LastSeen)));
        }

        await _store.SaveVesselsAsync(states, history, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _writer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled with the command: nothing more to write.
        }
    }

    private async Task<long> WriteAsync(CancellationToken cancellationToken)
    {
        var batch = new List<StoredPosition>(BatchSize);
        long stored = 0;
        await foreach (var position in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(position);
            if (batch.Count == BatchSize)
            {
                stored += await _store.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            stored += await _store.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }
}
