using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// A vessel's own reporting rhythm: the median of its last 16 intervals between positions. The
/// median ignores the odd long silence, so a gap is judged against how often this ship normally
/// reports (2 s for a fast Class A, 3 min at anchor, 30 s–3 min for Class B).
/// </summary>
public sealed class ReportCadence
{
    private const int Size = 16;
    private readonly float[] _intervals = new float[Size];
    private int _count;
    private int _next;

    /// <summary>Adds an interval in seconds (zero intervals — the same message via two stations — are ignored).</summary>
    public void Add(double seconds)
    {
        if (seconds <= 0)
        {
            return;
        }

        _intervals[_next] = (float)seconds;
        _next = (_next + 1) % Size;
        _count = Math.Min(_count + 1, Size);
    }

    /// <summary>Median interval in seconds, or NaN before the first interval.</summary>
    public double MedianSeconds()
    {
        if (_count == 0)
        {
            return double.NaN;
        }

        Span<float> copy = stackalloc float[_count];
        _intervals.AsSpan(0, _count).CopyTo(copy);
        copy.Sort();
        return copy[_count / 2];
    }

    internal void WriteTo(WatchStateWriter writer)
    {
        foreach (var interval in _intervals)
        {
            writer.Write(interval);
        }

        writer.Write(_count);
        writer.Write(_next);
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        for (var i = 0; i < Size; i++)
        {
            _intervals[i] = reader.ReadSingle();
        }

        _count = reader.ReadInt32();
        _next = reader.ReadInt32();
        if (_count is < 0 or > Size || _next is < 0 or >= Size)
        {
            throw new SnapshotRefusedException($"a report cadence of {_count} intervals next at {_next} (at most {Size})");
        }
    }
}
