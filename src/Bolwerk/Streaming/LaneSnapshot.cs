using System.Text;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// A lane's state as of a stream sequence: the runner's counts and the partition watch (every
/// vessel's state and open episodes), so a worker taking the lane over restores it and reads the
/// stream from the next message instead of replaying the lane from its first.
/// </summary>
internal sealed record LaneSnapshot(ulong StreamSequence, long Messages, long Undecodable)
{
    private static ReadOnlySpan<byte> Magic => "BWLANE01"u8;
    private const int HeaderBytes = 8 + 8 + 8 + 8;

    /// <summary>This header followed by the lane's saved state.</summary>
    public byte[] Write(PartitionWatch lane)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(StreamSequence);
            writer.Write(Messages);
            writer.Write(Undecodable);
        }

        lane.Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>The header of a snapshot, without restoring it.</summary>
    public static LaneSnapshot ReadHeader(byte[] bytes)
    {
        if (bytes.Length < HeaderBytes || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new SnapshotRefusedException("not a lane snapshot of this version");
        }

        return new LaneSnapshot(BitConverter.ToUInt64(bytes, 8), BitConverter.ToInt64(bytes, 16), BitConverter.ToInt64(bytes, 24));
    }

    /// <summary>Restores the snapshot's state into a new <paramref name="lane"/>.</summary>
    public static void Restore(byte[] bytes, PartitionWatch lane)
    {
        ReadHeader(bytes);
        using var state = new MemoryStream(bytes, HeaderBytes, bytes.Length - HeaderBytes, writable: false);
        lane.Restore(state);
    }
}
