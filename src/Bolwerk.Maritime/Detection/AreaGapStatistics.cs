using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// Ordinary reception gaps per area, learned from the data: every silence of a few minutes or
/// more is recorded in the cell where it began. Offshore terrestrial coverage is patchy, so a
/// 40-minute silence is normal in one place and telling in another; the 95th percentile of a
/// cell's silences says which. Where a cell has too few silences yet, the region around it (a
/// cell four times as wide) speaks for it.
/// </summary>
internal sealed class AreaGapStatistics(double cellDegrees)
{
    private const int SamplesPerCell = 512;
    private const int RegionFactor = 4;
    private readonly Dictionary<long, List<float>> _cells = [];
    private readonly Dictionary<long, List<float>> _regions = [];

    /// <summary>Records a silence of <paramref name="minutes"/> that began at the position.</summary>
    public void Add(double longitude, double latitude, double minutes)
    {
        Add(_cells, Key(longitude, latitude, cellDegrees), minutes);
        Add(_regions, Key(longitude, latitude, cellDegrees * RegionFactor), minutes);
    }

    /// <summary>The 95th-percentile silence of the cell (or its region), or NaN with fewer than <paramref name="minimumSamples"/> in both.</summary>
    public double Percentile95(double longitude, double latitude, int minimumSamples)
    {
        var cell = Percentile95(_cells, Key(longitude, latitude, cellDegrees), minimumSamples);
        return double.IsNaN(cell) ? Percentile95(_regions, Key(longitude, latitude, cellDegrees * RegionFactor), minimumSamples) : cell;
    }

    private static void Add(Dictionary<long, List<float>> areas, long key, double minutes)
    {
        if (!areas.TryGetValue(key, out var samples))
        {
            samples = [];
            areas[key] = samples;
        }

        // Keep the most recent samples so the statistic follows changing coverage.
        if (samples.Count == SamplesPerCell)
        {
            samples.RemoveAt(0);
        }

        samples.Add((float)minutes);
    }

    private static double Percentile95(Dictionary<long, List<float>> areas, long key, int minimumSamples)
    {
        if (!areas.TryGetValue(key, out var samples) || samples.Count < minimumSamples)
        {
            return double.NaN;
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(0.95 * sorted.Length) - 1)];
    }

    private static long Key(double longitude, double latitude, double degrees) =>
        ((long)Math.Floor(longitude / degrees) << 32) | unchecked((uint)(int)Math.Floor(latitude / degrees));

    internal void WriteTo(WatchStateWriter writer)
    {
        Write(writer, _cells);
        Write(writer, _regions);
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        Read(reader, _cells);
        Read(reader, _regions);
    }

    private static void Write(WatchStateWriter writer, Dictionary<long, List<float>> areas) =>
        writer.WriteAll(areas, area =>
        {
            writer.Write(area.Key);
            writer.WriteAll(area.Value, writer.Write);
        });

    private static void Read(WatchStateReader reader, Dictionary<long, List<float>> areas)
    {
        areas.Clear();
        for (var n = reader.ReadCount(minimumItemBytes: 12); n > 0; n--)
        {
            var key = reader.ReadInt64();
            areas[key] = reader.ReadAll(reader.ReadSingle, minimumItemBytes: 4);
        }
    }
}
