using System.Globalization;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// Which partition a vessel's messages belong to. Every message of one MMSI lands in one
/// partition, in order, so one watch per partition sees each vessel's whole story. MMSIs spread
/// evenly over their last digits, so the remainder is enough.
/// </summary>
public static class MmsiPartitions
{
    /// <summary>Upper bound on the partition count (subjects, leases and consumers per partition).</summary>
    public const int MaxCount = 1024;

    /// <summary>The partition of <paramref name="mmsi"/> among <paramref name="count"/>.</summary>
    public static int Of(uint mmsi, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(mmsi % (uint)count);
    }

    /// <summary>
    /// Reads a partition set: "all", or numbers and ranges such as "0-3,7". Every number must lie
    /// below <paramref name="count"/>; the error names the part that does not.
    /// </summary>
    public static IReadOnlySet<int> Parse(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Enumerable.Range(0, count).ToHashSet();
        }

        var set = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var (from, to) = dash < 0 ? (Number(part, part, count), Number(part, part, count)) : (Number(part[..dash], part, count), Number(part[(dash + 1)..], part, count));
            if (to < from)
            {
                throw new FormatException($"partition range '{part}' runs backwards");
            }

            for (var p = from; p <= to; p++)
            {
                set.Add(p);
            }
        }

        return set.Count == 0 ? throw new FormatException($"no partitions in '{text}' (numbers, ranges such as 0-3, or 'all')") : set;
    }

    private static int Number(string text, string part, int count) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value < count
            ? value
            : throw new FormatException($"partition '{part}' is not a number from 0 to {count - 1}");
}
