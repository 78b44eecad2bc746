using System.Globalization;
using System.Text.Json.Serialization;

namespace Bolwerk.Time;

/// <summary>
/// A half-open interval of instants, [<see cref="Start"/>, <see cref="End"/>).
/// </summary>
/// <remarks>
/// Half-open so that adjacent windows (hourly buckets, replay slices) tile time without overlap
/// or gaps. An empty range (Start == End) is allowed and contains nothing. Text form is the
/// ISO 8601 interval "start/end" in UTC. The default value is the empty range at 0001-01-01.
/// Immutable and thread-safe.
/// </remarks>
public readonly record struct TimeRange
{
    /// <summary>Creates the range [start, end).</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public TimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A time range cannot end ({end:O}) before it starts ({start:O}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>First instant inside the range.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>First instant after the range.</summary>
    public DateTimeOffset End { get; }

    /// <summary>End − Start.</summary>
    [JsonIgnore]
    public TimeSpan Duration => End - Start;

    /// <summary>True when the range contains no instant.</summary>
    [JsonIgnore]
    public bool IsEmpty => End == Start;

    /// <summary>The range [centre − halfWidth, centre + halfWidth), e.g. a fault time ± a search window.</summary>
    public static TimeRange Around(DateTimeOffset centre, TimeSpan halfWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(halfWidth, TimeSpan.Zero);
        return new TimeRange(centre - halfWidth, centre + halfWidth);
    }

    /// <summary>True when Start ≤ instant &lt; End.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>True when the two ranges share at least one instant.</summary>
    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    /// <summary>The shared part, or null when the ranges do not overlap.</summary>
    public TimeRange? Intersect(TimeRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return start < end ? new TimeRange(start, end) : null;
    }

    /// <summary>Parses an ISO 8601 interval "start/end" with explicit offsets or Z.</summary>
    /// <exception cref="FormatException">Not two timestamps separated by '/', or end before start.</exception>
    public static TimeRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !DateTimeOffset.TryParse(text.AsSpan(0, slash), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            || !DateTimeOffset.TryParse(text.AsSpan(slash + 1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
        {
            throw new FormatException($"'{text}' is not a time range: expected 'start/end' as ISO 8601 timestamps.");
        }

        if (end < start)
        {
            throw new FormatException($"'{text}' is not a time range: it ends before it starts.");
        }

        return new TimeRange(start, end);
    }

    /// <summary>"start/end" as ISO 8601 in UTC.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start.UtcDateTime:yyyy-MM-ddTHH:mm:ss.FFFFFFF}Z/{End.UtcDateTime:yyyy-MM-ddTHH:mm:ss.FFFFFFF}Z");
}
