using System.Text;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// A watch fed from the stream in order: one partition's messages, or — for the rules that compare
/// two vessels — every partition's. The publisher's sequence numbers are checked per partition and
/// publisher run, so several feeds may share the stream with their messages interleaved: a number
/// skipped is a message lost, a number again is a message repeated (the watch ignores a repeat; a
/// gap is counted and the watch goes on, as a receiver outage would leave it). An end of
/// input closes the watch's open episodes, as the end of a file does, once every partition fed
/// here has ended (<paramref name="partitions"/>); the next message begins a new watch.
/// </summary>
public sealed class PartitionWatch(Func<MaritimeWatch> create, int partitions = 1)
{
    // The last number seen of each publisher run in each partition (a run not seen yet: 0).
    private readonly Dictionary<(int Partition, ulong Run), ulong> _sequences = [];
    private readonly HashSet<int> _ended = [];

    /// <summary>The current watch (a new one after an end of input).</summary>
    public MaritimeWatch Watch { get; private set; } = create();

    /// <summary>Messages applied.</summary>
    public long Applied { get; private set; }

    /// <summary>Sequence numbers skipped within a publisher's run (messages that never arrived).</summary>
    public long Missing { get; private set; }

    /// <summary>Messages seen again (a sequence number at or below the last of its run), not applied.</summary>
    public long Repeated { get; private set; }

    /// <summary>Applies one message of <paramref name="partition"/>; returns false when it was a repeat and was not applied.</summary>
    public bool Apply(in Observation observation, int partition = 0)
    {
        var key = (partition, observation.Run);
        var last = _sequences.GetValueOrDefault(key);
        if (observation.Sequence <= last)
        {
            Repeated++;
            return false;
        }

        // A run starts at 1; within a run every number follows the last.
        if (observation.Sequence > last + 1)
        {
            Missing += (long)(observation.Sequence - last - 1);
        }

        _sequences[key] = observation.Sequence;
        Applied++;
        if (observation.Kind == ObservationKind.EndOfInput)
        {
            _ended.Add(partition);
            if (_ended.Count >= partitions)
            {
                Watch.Complete();
            }

            return true;
        }

        if (Watch.IsComplete)
        {
            Watch = create();
            _ended.Clear();
        }

        observation.ApplyTo(Watch);
        return true;
    }

    /// <summary>
    /// Writes the lane's state — where each partition's sequence stands, which have ended, the
    /// counts, and the watch — to <paramref name="stream"/> (left open).
    /// </summary>
    public void Save(Stream stream)
    {
        using var binary = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var writer = Watch.Writer(binary);
        writer.Write(partitions);
        writer.WriteAll(_sequences, sequence =>
        {
            writer.Write(sequence.Key.Partition);
            writer.Write(sequence.Key.Run);
            writer.Write(sequence.Value);
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
            if (reader.ReadInt32() is var written && written != partitions)
            {
                throw new SnapshotRefusedException($"the snapshot is of a lane fed by {written} partitions, this one by {partitions}");
            }

            for (var n = reader.ReadCount(minimumItemBytes: 20); n > 0; n--)
            {
                var key = (reader.ReadInt32(), reader.ReadUInt64());
                _sequences[key] = reader.ReadUInt64();
            }

            _ended.UnionWith(reader.ReadAll(reader.ReadInt32, minimumItemBytes: 4));

            Applied = reader.ReadInt64();
            Missing = reader.ReadInt64();
            Repeated = reader.ReadInt64();
            Watch.RestoreFrom(reader);
        });
    }
}
