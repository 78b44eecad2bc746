using System.Globalization;
using System.Text.RegularExpressions;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The facts OFAC's legacy CSV keeps in the free-text Remarks column, separated by ';':
/// "DOB 10 Dec 1948", "DOB circa 1955", "DOB 1960 to 1962", "DOB Jan 1951", "nationality Iran",
/// "citizen Egypt", "Gender Male". Read so that screening can compare birth dates and countries.
/// </summary>
public static partial class OfacRemarks
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Birth dates as YYYY, YYYY-MM or YYYY-MM-DD; a range of years gives every year in it (at most 20).</summary>
    public static IReadOnlyList<string> BirthDates(string remarks)
    {
        var dates = new List<string>();
        foreach (Match match in Dob().Matches(remarks))
        {
            var text = match.Groups[1].Value.Trim().TrimEnd('.', '"');
            var range = text.Split(" to ", StringSplitOptions.TrimEntries);
            if (range.Length == 2 && Year(range[0]) is { } from && Year(range[1]) is { } to && to >= from && to - from <= 20)
            {
                dates.AddRange(Enumerable.Range(from, to - from + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)));
            }
            else if (Date(range[0]) is { } date)
            {
                dates.Add(date);
            }
        }

        return [.. dates.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Nationalities and citizenships as written ("Iran", "Saudi Arabia").</summary>
    public static IReadOnlyList<string> Nationalities(string remarks) =>
        [.. Nationality().Matches(remarks).Select(m => m.Groups[1].Value.Trim().TrimEnd('.')).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>"male" or "female" when the remarks state a gender.</summary>
    public static string? Gender(string remarks) => GenderPattern().Match(remarks) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    // "10 Dec 1948", "Dec 1948", "circa 1948", "1948" → ISO partial date.
    private static string? Date(string text)
    {
        var words = text.Replace("circa", string.Empty, StringComparison.OrdinalIgnoreCase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            1 when Year(words[0]) is { } y => y.ToString(CultureInfo.InvariantCulture),
            2 when Month(words[0]) is { } m && Year(words[1]) is { } y => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"),
            3 when int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
                && Month(words[1]) is { } m && Year(words[2]) is { } y => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"),
            _ => null,
        };
    }

    private static int? Year(string text)
    {
        var digits = text.Replace("circa", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        var last = digits.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return last.Length == 4 && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 1800 ? year : null;
    }

    private static int? Month(string text)
    {
        var index = Array.IndexOf(Months, text.ToLowerInvariant()[..Math.Min(3, text.Length)]);
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"\bDOB ([^;]+)")]
    private static partial Regex Dob();

    [GeneratedRegex(@"\b(?:nationality|citizen) ([^;]+)")]
    private static partial Regex Nationality();

    [GeneratedRegex(@"\bGender (Male|Female)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenderPattern();
}
