namespace Bolwerk.Maritime.Detection;

/// <summary>
/// Ordinary reception gaps per area, learned from the data: every silence of a few minutes or
/// more is recorded in the cell where it began. Offshore terrestrial coverage is patchy, so a
/// 40-minute silence is normal in one place and telling in another; the 95th percentile of a
/// cell's silences says which.
/// </summary>
internal sealed class AreaGapStatistics(double cellDegrees)
{
    private const int SamplesPerCell = 512;
    private readonly Dictionary<long, List<float>> _cells = [];

    /// <summary>Records a silence of <paramref name="minutes"/> that began at the position.</summary>
    public void Add(double longitude, double latitude, double minutes)
    {
        var key = Key(longitude, latitude);
        if (!_cells.TryGetValue(key, out var samples))
        {
            samples = [];
            _cells[key] = samples;
        }

        // Keep the most recent samples so the statistic follows changing coverage.
        if (samples.Count == SamplesPerCell)
        {
            samples.RemoveAt(0);
        }

        samples.Add((float)minutes);
    }

    /// <summary>The 95th-percentile silence of the cell, or NaN with fewer than <paramref name="minimumSamples"/>.</summary>
    public double Percentile95(double longitude, double latitude, int minimumSamples)
    {
        if (!_cells.TryGetValue(Key(longitude, latitude), out var samples) || samples.Count < minimumSamples)
        {
            return double.NaN;
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(0.95 * sorted.Length) - 1)];
    }

    private long Key(double longitude, double latitude) =>
        ((long)Math.Floor(longitude / cellDegrees) << 32) | unchecked((uint)(int)Math.Floor(latitude / cellDegrees));
}
