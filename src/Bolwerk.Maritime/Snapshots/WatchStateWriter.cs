using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Snapshots;

/// <summary>
/// Writes a watch's state in the snapshot's binary form (little-endian, see <see cref="WatchStateReader"/>).
/// Layers and watch-list entries are written as their position in the watch's own lists, so a
/// snapshot is only read back by a watch built from the same configuration (the fingerprint says so).
/// </summary>
internal sealed class WatchStateWriter(BinaryWriter writer, IReadOnlyList<InfrastructureAsset> assets, IReadOnlyList<WatchListEntry> entries)
{
    private readonly Dictionary<InfrastructureAsset, int> _assets = Positions(assets);
    private readonly Dictionary<WatchListEntry, int> _entries = Positions(entries);

    public void Write(bool value) => writer.Write(value);

    public void Write(int value) => writer.Write(value);

    public void Write(uint value) => writer.Write(value);

    public void Write(long value) => writer.Write(value);

    public void Write(ulong value) => writer.Write(value);

    public void Write(float value) => writer.Write(value);

    public void Write(double value) => writer.Write(value);

    public void Write(string value) => writer.Write(value);

    public void Write(ReadOnlySpan<byte> bytes) => writer.Write(bytes);

    public void WriteNullable(string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public void WriteNullable(int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v)
        {
            writer.Write(v);
        }
    }

    public void WriteNullable(long? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v)
        {
            writer.Write(v);
        }
    }

    /// <summary>A UTC instant to the tick (identity history keeps whatever precision it was given).</summary>
    public void Write(DateTimeOffset value) => writer.Write(value.UtcTicks);

    public void Write(in TrackPoint point)
    {
        writer.Write(point.TimeMs);
        writer.Write(point.Longitude);
        writer.Write(point.Latitude);
        writer.Write(point.SpeedKnots);
        writer.Write(point.CourseDegrees);
        writer.Write(point.Heading);
        writer.Write(point.Status);
    }

    public void Write(AssetDistance? distance)
    {
        writer.Write(distance is { } d ? _assets[d.Asset] : -1);
        if (distance is { } found)
        {
            writer.Write(found.Metres);
        }
    }

    public void Write(WatchListEntry entry) => writer.Write(_entries[entry]);

    /// <summary>Writes the count, then each item.</summary>
    public void WriteAll<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    // By reference: two assets may be equal as records (same id in two layers) yet be two assets.
    private static Dictionary<T, int> Positions<T>(IReadOnlyList<T> items)
        where T : class
    {
        var positions = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            positions.TryAdd(items[i], i);
        }

        return positions;
    }
}
