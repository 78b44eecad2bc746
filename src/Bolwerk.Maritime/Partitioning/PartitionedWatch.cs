using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// The partitioned watch in one process: every observation numbered and routed to its
/// partition's watch exactly as `bolwerk ingest` and the workers do across machines. It is what a
/// failure-free distributed run must equal, and the way to see what partitioning changes: rules
/// that compare two vessels (rendezvous, one IMO on two MMSIs, the area's reporting rhythm) see
/// only the vessels of their own partition.
/// </summary>
public sealed class PartitionedWatch : IWatchInput
{
    private readonly PartitionWatch[] _partitions;
    private readonly ulong[] _sequences;

    /// <summary>Creates <paramref name="count"/> partitions, each with a watch from <paramref name="create"/> (called with the partition).</summary>
    public PartitionedWatch(int count, Func<int, MaritimeWatch> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _partitions = [.. Enumerable.Range(0, count).Select(p => new PartitionWatch(() => create(p)))];
        _sequences = new ulong[count];
    }

    /// <summary>The partitions' watches.</summary>
    public IReadOnlyList<PartitionWatch> Partitions => _partitions;

    /// <inheritdoc />
    public void ObservePosition(uint mmsi, in TrackPoint point, bool classB) =>
        Route(mmsi, new Observation(ObservationKind.Position, 1, 0, mmsi, point.TimeMs, point, classB, null));

    /// <inheritdoc />
    public void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported) =>
        Route(mmsi, new Observation(ObservationKind.Identity, 1, 0, mmsi, timeMs, default, false, reported));

    /// <summary>Ends the input on every partition (their watches close open episodes).</summary>
    public void Complete()
    {
        for (var p = 0; p < _partitions.Length; p++)
        {
            _partitions[p].Apply(new Observation(ObservationKind.EndOfInput, 1, ++_sequences[p], 0, 0, default, false, null));
        }
    }

    private void Route(uint mmsi, Observation observation)
    {
        var p = MmsiPartitions.Of(mmsi, _partitions.Length);
        _partitions[p].Apply(observation with { Sequence = ++_sequences[p] });
    }
}
