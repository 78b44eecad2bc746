using System.Globalization;
using System.Text;
using Bolwerk.Host.Sharing;
using Microsoft.Extensions.Primitives;

namespace Bolwerk.Host.Api.Taxii;

/// <summary>
/// The TAXII 2.1 filters of an objects or manifest request (added_after, limit, next, match[id],
/// match[type], match[version] first|last|all|timestamp, match[spec_version]) and the page they
/// select. Paging works both ways clients use it: by "next" while "more" is true, or by re-asking
/// with added_after = X-TAXII-Date-Added-Last (what OpenCTI's ingester falls back to).
/// </summary>
internal sealed record TaxiiQuery(DateTimeOffset? AddedAfter, int Limit, IReadOnlySet<string>? Ids, IReadOnlySet<string>? Types, IReadOnlyList<string> Versions, IReadOnlySet<string>? SpecVersions)
{
    public const int MaxLimit = 1000;
    public const int DefaultLimit = 100;

    /// <summary>The filters of a request, or the error naming the parameter.</summary>
    public static TaxiiQuery Parse(IQueryCollection query, out string? error)
    {
        error = null;
        DateTimeOffset? after = null;
        if (query["added_after"] is { Count: > 0 } a)
        {
            if (!TryTime(a.ToString(), out var at))
            {
                error = $"added_after: '{a}' is not a timestamp";
            }

            after = at;
        }

        if (query["next"] is { Count: > 0 } n)
        {
            if (!TryNext(n.ToString(), out var at))
            {
                error = $"next: '{n}' is not a token this server gave";
            }
            else if (after is null || at > after)
            {
                after = at;
            }
        }

        var limit = DefaultLimit;
        if (query["limit"] is { Count: > 0 } l && (!int.TryParse(l.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            error = $"limit: '{l}' is not a positive whole number";
        }

        var versions = List(query["match[version]"])?.ToList() ?? ["last"];
        foreach (var v in versions.Where(v => v is not ("first" or "last" or "all") && !TryTime(v, out _)))
        {
            error = $"match[version]: '{v}' is not first, last, all or a timestamp";
        }

        return new TaxiiQuery(after, Math.Min(limit, MaxLimit), List(query["match[id]"]), List(query["match[type]"]), versions, List(query["match[spec_version]"]));
    }

    /// <summary>The page of <paramref name="visible"/> (in date_added order) this query selects, and whether more follow.</summary>
    public (IReadOnlyList<VisibleObject> Page, bool More) Select(IReadOnlyList<VisibleObject> visible, bool applyVersions = true)
    {
        var candidates = visible.Where(o => (Ids is null || Ids.Contains(o.Id)) && (Types is null || Types.Contains(o.Type)) && (SpecVersions is null || SpecVersions.Contains(o.SpecVersion)));
        if (applyVersions && !Versions.Contains("all"))
        {
            candidates = candidates.GroupBy(o => o.Id, StringComparer.Ordinal).SelectMany(g =>
            {
                var ordered = g.OrderBy(o => Time(o.Version)).ToList();
                return ordered.Where(o => (Versions.Contains("first") && o == ordered[0]) || (Versions.Contains("last") && o == ordered[^1])
                    || Versions.Any(v => TryTime(v, out var at) && at == Time(o.Version)));
            });
        }

        var selected = candidates.Where(o => AddedAfter is null || o.DateAdded > AddedAfter).OrderBy(o => o.DateAdded).ToList();
        return (selected.Take(Limit).ToList(), selected.Count > Limit);
    }

    /// <summary>The "next" token after <paramref name="last"/>: opaque to clients, the date_added it continues from.</summary>
    public static string Next(VisibleObject last) => Convert.ToBase64String(Encoding.ASCII.GetBytes(last.DateAdded.UtcTicks.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>TAXII timestamps: UTC, to the microsecond.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static bool TryNext(string token, out DateTimeOffset at)
    {
        at = default;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var ticks = long.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(padded)), NumberStyles.None, CultureInfo.InvariantCulture);
            at = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool TryTime(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    private static DateTimeOffset Time(string version) => TryTime(version, out var at) ? at : DateTimeOffset.MinValue;

    private static HashSet<string>? List(StringValues values) =>
        values.Count == 0 ? null : values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
}
