using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// Mean speed over ground per minute for the last 64 minutes, in a ring. The anchor-drag rule
/// compares the last minutes with the vessel's own transit speed half an hour to an hour earlier;
/// minute means make that a few dozen floats per vessel instead of a list of every report.
/// </summary>
public sealed class MinuteSpeeds
{
    /// <summary>Minutes kept.</summary>
    public const int Capacity = 64;

    private readonly float[] _sum = new float[Capacity];
    private readonly int[] _count = new int[Capacity];
    private readonly long[] _minute = new long[Capacity];

    /// <summary>Creates an empty ring.</summary>
    public MinuteSpeeds() => Array.Fill(_minute, long.MinValue);

    /// <summary>Adds one speed (knots) reported in <paramref name="minute"/> (Unix minutes).</summary>
    public void Add(long minute, float knots)
    {
        var slot = Slot(minute);
        if (_minute[slot] != minute)
        {
            _minute[slot] = minute;
            _sum[slot] = 0;
            _count[slot] = 0;
        }

        _sum[slot] += knots;
        _count[slot]++;
    }

    /// <summary>Mean speed in <paramref name="minute"/>, or NaN when nothing was reported then (or it left the ring).</summary>
    public float MeanAt(long minute)
    {
        var slot = Slot(minute);
        return _minute[slot] == minute && _count[slot] > 0 ? _sum[slot] / _count[slot] : float.NaN;
    }

    /// <summary>
    /// Median of the minute means from <paramref name="fromMinute"/> to <paramref name="toMinute"/>
    /// inclusive; NaN when fewer than <paramref name="minimumMinutes"/> of them have data.
    /// </summary>
    public float Median(long fromMinute, long toMinute, int minimumMinutes)
    {
        Span<float> values = stackalloc float[Capacity];
        var n = 0;
        for (var minute = Math.Max(fromMinute, toMinute - Capacity + 1); minute <= toMinute; minute++)
        {
            var mean = MeanAt(minute);
            if (!float.IsNaN(mean))
            {
                values[n++] = mean;
            }
        }

        if (n < Math.Max(1, minimumMinutes))
        {
            return float.NaN;
        }

        var used = values[..n];
        used.Sort();
        return n % 2 == 1 ? used[n / 2] : (used[(n / 2) - 1] + used[n / 2]) / 2;
    }

    private static int Slot(long minute) => (int)(((minute % Capacity) + Capacity) % Capacity);

    // Only the slots in use: most vessels have filled few of the hour's minutes.
    internal void WriteTo(WatchStateWriter writer)
    {
        var used = Enumerable.Range(0, Capacity).Where(slot => _minute[slot] != long.MinValue).ToList();
        writer.WriteAll(used, slot =>
        {
            writer.Write(slot);
            writer.Write(_minute[slot]);
            writer.Write(_sum[slot]);
            writer.Write(_count[slot]);
        });
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        for (var n = reader.ReadCount(minimumItemBytes: 20); n > 0; n--)
        {
            var slot = reader.ReadInt32();
            if (slot is < 0 or >= Capacity)
            {
                throw new SnapshotRefusedException($"a minute speed slot {slot} (at most {Capacity - 1})");
            }

            _minute[slot] = reader.ReadInt64();
            _sum[slot] = reader.ReadSingle();
            _count[slot] = reader.ReadInt32();
        }
    }
}
