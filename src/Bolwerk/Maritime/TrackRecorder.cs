using System.Threading.Channels;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Maritime;

/// <summary>
/// Stores what a maritime watch accepts: positions stream through a bounded channel into the
/// track store in batches while the watch runs (so a day of traffic never sits in memory), and
/// at the end the vessels' latest state and identity history. On a live feed a batch is also
/// written when its oldest position is <see cref="FlushAfter"/> old, and the state of the vessels
/// that reported is written at the first report and then every <see cref="VesselFlushInterval"/>
/// while reports arrive (it is taken on the feed's thread, which owns it), so the picture served
/// from the database follows the feed instead of waiting for its end. A writer that fails (the
/// database gone) makes the next <see cref="Record"/> throw its error rather than wait for room.
/// </summary>
internal sealed class TrackRecorder : IAsyncDisposable
{
    private const int BatchSize = 20_000;
    private static readonly TimeSpan FlushAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan VesselFlushInterval = TimeSpan.FromSeconds(2);
    private readonly TrackStore _store;
    // Several waits may be pending at once (the writer also wakes on its timer), so not SingleReader.
    private readonly Channel<StoredPosition> _channel = Channel.CreateBounded<StoredPosition>(new BoundedChannelOptions(4 * BatchSize) { SingleReader = false, SingleWriter = true });
    private readonly CancellationTokenSource _writerStopped = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<(List<StoredVessel> States, List<StoredIdentityChange> History)> _vesselSnapshots = new();
    private readonly HashSet<uint> _reported = [];
    private readonly System.Diagnostics.Stopwatch _sinceVesselFlush = new(); // not running: the first report is written at once
    private readonly Task<long> _writer;

    public TrackRecorder(TrackStore store, CancellationToken cancellationToken)
    {
        _store = store;
        _writer = Task.Run(() => WriteUntilStoppedAsync(cancellationToken), CancellationToken.None);
    }

    /// <summary>The watch's vessels, for the periodic state writes (set once the watch exists; read on the feed's thread only).</summary>
    public IReadOnlyDictionary<uint, VesselState>? Vessels { get; set; }

    /// <summary>For <see cref="MaritimeWatch.Accepted"/>: blocks briefly when the store falls behind.</summary>
    public void Record(uint mmsi, TrackPoint point)
    {
        _reported.Add(mmsi);
        if (Vessels is { } vessels && (!_sinceVesselFlush.IsRunning || _sinceVesselFlush.Elapsed >= VesselFlushInterval))
        {
            // Snapshot on the feed's thread, which owns the states; the writer stores them after the positions before them.
            _vesselSnapshots.Enqueue(ToStored(_reported.Select(m => vessels.GetValueOrDefault(m)).OfType<VesselState>().Where(v => v.HasPosition)));
            _reported.Clear();
            _sinceVesselFlush.Restart();
        }

        var position = ToStored(mmsi, point);
        try
        {
            while (!_channel.Writer.TryWrite(position))
            {
                _channel.Writer.WaitToWriteAsync(_writerStopped.Token).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException)
        {
            // The writer stopped (it failed, or the command was cancelled): its outcome is this call's.
            _writer.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Flushes the positions, then stores every vessel's state and identity history; returns positions newly stored.</summary>
    public async Task<long> CompleteAsync(IEnumerable<VesselState> vessels, CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        var stored = await _writer.ConfigureAwait(false);
        var (states, history) = ToStored(vessels.Where(v => v.HasPosition));
        await _store.SaveVesselsAsync(states, history, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>A position as the track store keeps it (speed and course to a tenth, as AIS reports them).</summary>
    public static StoredPosition ToStored(uint mmsi, in TrackPoint point) =>
        new(mmsi, point.Time, point.Longitude, point.Latitude,
            point.HasSpeed ? Math.Round(point.SpeedKnots, 1) : null,
            float.IsNaN(point.CourseDegrees) ? null : Math.Round(point.CourseDegrees, 1),
            point.Heading >= 0 ? point.Heading : null,
            point.Status);

    /// <summary>The vessels' state and identity history as the store keeps them: a copy, so the watch may go on changing the originals.</summary>
    public static (List<StoredVessel> States, List<StoredIdentityChange> History) ToStored(IEnumerable<VesselState> vessels)
    {
        var states = new List<StoredVessel>();
        var history = new List<StoredIdentityChange>();
        foreach (var vessel in vessels)
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

        return (states, history);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _writer.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a writer's failure reached the caller from Record or CompleteAsync; disposing only waits for it to stop
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            _writerStopped.Dispose();
        }
    }

    private async Task<long> WriteUntilStoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Wakes a Record waiting for room that the writer will never make.
            await _writerStopped.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task<long> WriteAsync(CancellationToken cancellationToken)
    {
        var batch = new List<StoredPosition>(BatchSize);
        var oldest = System.Diagnostics.Stopwatch.StartNew();
        var reader = _channel.Reader;
        long stored = 0;
        while (true)
        {
            while (batch.Count < BatchSize && reader.TryRead(out var position))
            {
                if (batch.Count == 0)
                {
                    oldest.Restart();
                }

                batch.Add(position);
            }

            if (batch.Count == BatchSize || (batch.Count > 0 && (oldest.Elapsed >= FlushAfter || reader.Completion.IsCompleted)))
            {
                stored += await _store.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }

            while (batch.Count == 0 && _vesselSnapshots.TryDequeue(out var snapshot))
            {
                await _store.SaveVesselsAsync(snapshot.States, snapshot.History, cancellationToken).ConfigureAwait(false);
            }

            if (batch.Count == 0 && reader.Completion.IsCompleted)
            {
                return stored;
            }

            if (batch.Count < BatchSize)
            {
                // Wake for more positions, or to write a waiting batch once it is old enough.
                await Task.WhenAny(reader.WaitToReadAsync(cancellationToken).AsTask(), Task.Delay(FlushAfter / 4, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
