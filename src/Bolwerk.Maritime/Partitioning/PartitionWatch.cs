using System.Text;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// A watch fed from the stream in order: one partition's messages, or — for the rules that compare
/// two vessels — every partition's. The publisher's sequence numbers are checked per partition and
/// publisher run, so several feeds may share the stream with their messages interleaved. A message
/// that comes before one it follows is held until the missing ones arrive — the publisher sends
/// again what a failover lost, and JetStream may store the resend after later messages — and then
/// applied in order; a gap still open after <see cref="HoldLimit"/> later messages of its run is
/// given up: counted missing, and the held messages applied (as a receiver outage would leave the
/// watch). A number at or below the last applied, or already held, is a repeat and ignored. An end of
/// input closes the watch's open episodes, as the end of a file does, once every partition fed
/// here has ended (<paramref name="partitions"/>); the next message begins a new watch.
/// </summary>
public sealed class PartitionWatch(Func<MaritimeWatch> create, int partitions = 1)
{
    /// <summary>
    /// Messages of one run and partition held behind a gap before it is given up: more than the
    /// publisher's window (4,096), so that everything a resend can overtake is held.
    /// </summary>
    public const int HoldLimit = 16_384;

    private static ReadOnlySpan<byte> Magic => "BWLANE02"u8;

    // The last number applied of each publisher run in each partition (a run not seen yet: 0).
    private readonly Dictionary<(int Partition, ulong Run), ulong> _sequences = [];

    // Messages that came before a gap closed, by run and partition, in number order.
    private readonly Dictionary<(int Partition, ulong Run), SortedDictionary<ulong, Observation>> _held = [];
    private readonly HashSet<int> _ended = [];

    /// <summary>The current watch (a new one after an end of input).</summary>
    public MaritimeWatch Watch { get; private set; } = create();

    /// <summary>Messages applied.</summary>
    public long Applied { get; private set; }

    /// <summary>Sequence numbers skipped within a publisher's run (messages that never arrived).</summary>
    public long Missing { get; private set; }

    /// <summary>Messages seen again (a sequence number at or below the last of its run, or one held), not applied.</summary>
    public long Repeated { get; private set; }

    /// <summary>Messages held behind a gap, waiting for the ones before them.</summary>
    public int Held => _held.Values.Sum(h => h.Count);

    /// <summary>
    /// Applies one message of <paramref name="partition"/> — or holds it, when messages of its run
    /// before it have not come yet — together with any held messages it lets follow; returns false
    /// when it was a repeat and ignored.
    /// </summary>
    public bool Apply(in Observation observation, int partition = 0)
    {
        var key = (partition, observation.Run);
        var last = _sequences.GetValueOrDefault(key);
        var held = _held.GetValueOrDefault(key);
        if (observation.Sequence <= last || held?.ContainsKey(observation.Sequence) == true)
        {
            Repeated++;
            return false;
        }

        // A run starts at 1; within a run every number follows the last.
        if (observation.Sequence > last + 1)
        {
            if (held is null)
            {
                _held[key] = held = [];
            }

            held.Add(observation.Sequence, observation);
            if (held.Count > HoldLimit)
            {
                // The gap is not going to close: count it and go on from the first held message.
                var first = held.Keys.First();
                Missing += (long)(first - last - 1);
                ReleaseFrom(key, held, first, partition);
            }

            return true;
        }

        InOrder(key, observation, partition);
        if (held is not null)
        {
            ReleaseFrom(key, held, observation.Sequence + 1, partition);
        }

        return true;
    }

    // Applies the held messages from `next` on for as long as their numbers follow each other.
    private void ReleaseFrom((int Partition, ulong Run) key, SortedDictionary<ulong, Observation> held, ulong next, int partition)
    {
        while (held.Remove(next, out var following))
        {
            InOrder(key, following, partition);
            next++;
        }

        if (held.Count == 0)
        {
            _held.Remove(key);
        }
    }

    private void InOrder((int Partition, ulong Run) key, in Observation observation, int partition)
    {
        _sequences[key] = observation.Sequence;
        Applied++;
        if (observation.Kind == ObservationKind.EndOfInput)
        {
            _ended.Add(partition);
            if (_ended.Count >= partitions)
            {
                Watch.Complete();
            }

            return;
        }

        if (Watch.IsComplete)
        {
            Watch = create();
            _ended.Clear();
        }

        observation.ApplyTo(Watch);
    }

    /// <summary>
    /// Writes the lane's state — where each run's sequence stands in each partition, the messages
    /// held behind a gap, which partitions have ended, the counts, and the watch — to
    /// <paramref name="stream"/> (left open).
    /// </summary>
    public void Save(Stream stream)
    {
        using var binary = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var writer = Watch.Writer(binary);
        writer.Write(Magic);
        writer.Write(partitions);
        writer.WriteAll(_sequences, sequence =>
        {
            writer.Write(sequence.Key.Partition);
            writer.Write(sequence.Key.Run);
            writer.Write(sequence.Value);
        });
        writer.WriteAll(_held, held =>
        {
            writer.Write(held.Key.Partition);
            writer.Write(held.Key.Run);
            writer.WriteAll(held.Value.Values, observation =>
            {
                var bytes = ObservationCodec.Encode(observation);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            });
        });
        writer.WriteAll(_ended, writer.Write);
        writer.Write(Applied);
        writer.Write(Missing);
        writer.Write(Repeated);
        Watch.SaveTo(writer);
    }

    /// <summary>
    /// Restores what <see cref="Save"/> wrote into this partition watch, which must be new; a
    /// snapshot of another lane shape or watch configuration is a <see cref="SnapshotRefusedException"/>
    /// (and this partition watch is then unusable).
    /// </summary>
    public void Restore(Stream stream)
    {
        if (Applied > 0)
        {
            throw new InvalidOperationException("Only a new partition watch can be restored from a snapshot.");
        }

        using var binary = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var reader = Watch.Reader(binary);
        SnapshotGuard.Run(() =>
        {
            SnapshotGuard.Expect(reader, Magic, "the snapshot does not begin as a lane snapshot of this version");
            if (reader.ReadInt32() is var written && written != partitions)
            {
                throw new SnapshotRefusedException($"the snapshot is of a lane fed by {written} partitions, this one by {partitions}");
            }

            for (var n = reader.ReadCount(minimumItemBytes: 20); n > 0; n--)
            {
                var key = (reader.ReadInt32(), reader.ReadUInt64());
                _sequences[key] = reader.ReadUInt64();
            }

            for (var n = reader.ReadCount(minimumItemBytes: 16); n > 0; n--)
            {
                var key = (reader.ReadInt32(), reader.ReadUInt64());
                var held = new SortedDictionary<ulong, Observation>();
                for (var m = reader.ReadCount(minimumItemBytes: 4 + 17); m > 0; m--)
                {
                    var length = reader.ReadInt32();
                    if (length is < 17 or > 4096)
                    {
                        throw new SnapshotRefusedException($"a held message of {length} bytes");
                    }

                    var observation = ObservationCodec.Decode(reader.ReadBytes(length));
                    held[observation.Sequence] = observation;
                }

                _held[key] = held;
            }

            _ended.UnionWith(reader.ReadAll(reader.ReadInt32, minimumItemBytes: 4));

            Applied = reader.ReadInt64();
            Missing = reader.ReadInt64();
            Repeated = reader.ReadInt64();
            Watch.RestoreFrom(reader);
        });
    }
}
