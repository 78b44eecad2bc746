using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Snapshots;

/// <summary>
/// Reads what <see cref="WatchStateWriter"/> wrote. A count or reference outside what the data
/// can hold is a <see cref="SnapshotRefusedException"/>, never a huge allocation or a wrong object.
/// </summary>
internal sealed class WatchStateReader(BinaryReader reader, IReadOnlyList<InfrastructureAsset> assets, IReadOnlyList<WatchListEntry> entries)
{
    public bool ReadBoolean() => reader.ReadBoolean();

    public int ReadInt32() => reader.ReadInt32();

    public uint ReadUInt32() => reader.ReadUInt32();

    public long ReadInt64() => reader.ReadInt64();

    public ulong ReadUInt64() => reader.ReadUInt64();

    public float ReadSingle() => reader.ReadSingle();

    public double ReadDouble() => reader.ReadDouble();

    public string ReadString() => reader.ReadString();

    public byte[] ReadBytes(int count) => reader.ReadBytes(count);

    public string? ReadNullableString() => reader.ReadBoolean() ? reader.ReadString() : null;

    public int? ReadNullableInt32() => reader.ReadBoolean() ? reader.ReadInt32() : null;

    public long? ReadNullableInt64() => reader.ReadBoolean() ? reader.ReadInt64() : null;

    public DateTimeOffset ReadInstant() => new(reader.ReadInt64(), TimeSpan.Zero);

    public TrackPoint ReadPoint() => new(reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadInt16(), reader.ReadByte());

    public AssetDistance? ReadAssetDistance()
    {
        var index = reader.ReadInt32();
        if (index == -1)
        {
            return null;
        }

        return new AssetDistance(Reference(assets, index, "layer asset"), reader.ReadDouble());
    }

    public WatchListEntry ReadEntry() => Reference(entries, reader.ReadInt32(), "watch-list entry");

    /// <summary>A count written by <see cref="WatchStateWriter.WriteAll"/>, each item at least <paramref name="minimumItemBytes"/> long.</summary>
    public int ReadCount(int minimumItemBytes = 1)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || (long)count * Math.Max(1, minimumItemBytes) > left)
        {
            throw new SnapshotRefusedException($"a count of {count} at offset {reader.BaseStream.Position - 4} does not fit the {left} bytes left");
        }

        return count;
    }

    /// <summary>The items <see cref="WatchStateWriter.WriteAll"/> wrote, in their order.</summary>
    public List<T> ReadAll<T>(Func<T> read, int minimumItemBytes = 1)
    {
        var count = ReadCount(minimumItemBytes);
        var items = new List<T>(count);
        for (var n = 0; n < count; n++)
        {
            items.Add(read());
        }

        return items;
    }

    private T Reference<T>(IReadOnlyList<T> list, int index, string what) =>
        index >= 0 && index < list.Count ? list[index]
            : throw new SnapshotRefusedException($"{what} {index} at offset {reader.BaseStream.Position - 4} is not one of the watch's {list.Count}");
}
