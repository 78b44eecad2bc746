using System.Globalization;

namespace Bolwerk.Sanctions.Screening;

/// <summary>A date known to the year, month or day, as lists write birth dates ("1965", "1965-03", "1965-03-21").</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>Whether the day is known.</summary>
    public bool IsFull => Day is not null;

    /// <summary>Reads YYYY, YYYY-MM or YYYY-MM-DD (a leading "circa"/"c." and surrounding text ignored).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var start = span.IndexOfAnyInRange('0', '9');
        if (start < 0 || span.Length - start < 4)
        {
            return false;
        }

        span = span[start..];
        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return false;
        }

        int? month = null, day = null;
        if (span.Length >= 7 && span[4] == '-' && int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            month = m;
            if (span.Length >= 10 && span[7] == '-' && int.TryParse(span[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
            {
                day = d;
            }
        }

        date = new PartialDate(year, month, day);
        return true;
    }
}
