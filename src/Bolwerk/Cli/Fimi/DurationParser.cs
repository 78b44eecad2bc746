using System.Globalization;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>Durations as the FIMI commands take them: "60s", "500ms", "5m", "1h", or a bare number of seconds.</summary>
internal static class DurationParser
{
    public static TimeSpan Parse(string text)
    {
        var t = text.Trim();
        var (number, unit) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 0.001)
            : t.EndsWith('s') ? (t[..^1], 1.0)
            : t.EndsWith('m') ? (t[..^1], 60.0)
            : t.EndsWith('h') ? (t[..^1], 3600.0)
            : (t, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value * unit)
            : throw new ArgumentException($"'{text}' is not a duration (e.g. 60s, 500ms, 5m, 1h)");
    }
}
