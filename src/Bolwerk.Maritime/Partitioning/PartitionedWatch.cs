using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// The partitioned watch in one process: every observation numbered and routed to its
/// partition's watch, and to the pairs lane's watch over everything, exactly as `bolwerk ingest`
/// and the workers do across machines. It is what a failure-free distributed run must equal, and
/// the way to see what partitioning changes (<see cref="PairsLane"/>).
/// </summary>
public sealed class PartitionedWatch : IWatchInput
{
    private readonly PartitionWatch[] _partitions;
    private readonly ulong[] _sequences;

    /// <summary>
    /// Creates <paramref name="count"/> partitions and the pairs lane, each with a watch from
    /// <paramref name="create"/> (called with the partition, or with <paramref name="count"/> for
    /// the pairs lane).
    /// </summary>
    public PartitionedWatch(int count, Func<int, MaritimeWatch> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _partitions = [.. Enumerable.Range(0, count).Select(p => new PartitionWatch(() => create(p)))];
        Pairs = new PartitionWatch(() => create(count), count);
        _sequences = new ulong[count];
    }

    /// <summary>The partitions' watches.</summary>
    public IReadOnlyList<PartitionWatch> Partitions => _partitions;

    /// <summary>The pairs lane's watch (every message of every partition).</summary>
    public PartitionWatch Pairs { get; }

    /// <inheritdoc />
    public void ObservePosition(uint mmsi, in TrackPoint point, bool classB) =>
        Route(mmsi, new Observation(ObservationKind.Position, 1, 0, mmsi, point.TimeMs, point, classB, null));

    /// <inheritdoc />
    public void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported) =>
        Route(mmsi, new Observation(ObservationKind.Identity, 1, 0, mmsi, timeMs, default, false, reported));

    /// <summary>Ends the input on every partition (their watches, and then the pairs lane's, close open episodes).</summary>
    public void Complete()
    {
        for (var p = 0; p < _partitions.Length; p++)
        {
            var end = new Observation(ObservationKind.EndOfInput, 1, ++_sequences[p], 0, 0, default, false, null);
            _partitions[p].Apply(end);
            Pairs.Apply(end, p);
        }
    }

    private void Route(uint mmsi, Observation observation)
    {
        var p = MmsiPartitions.Of(mmsi, _partitions.Length);
        var numbered = observation with { Sequence = ++_sequences[p] };
        _partitions[p].Apply(numbered);
        Pairs.Apply(numbered, p);
    }
}
