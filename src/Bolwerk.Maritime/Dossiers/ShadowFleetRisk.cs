using System.Globalization;
using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Dossiers;

/// <summary>
/// The shadow-fleet risk score of a vessel with its factors explained: each factor is 0–1 from
/// the dossier's facts, the score their weighted mean (<see cref="ShadowFleetRiskWeights"/>).
/// A triage aid for an analyst, not a finding: every factor says what it rests on.
/// </summary>
public static class ShadowFleetRisk
{
    private static readonly Lazy<Dictionary<string, string>> FlagsOfConvenience = new(LoadFlags);

    /// <summary>The flags of convenience (ISO alpha-2 → name) the score uses.</summary>
    public static IReadOnlyDictionary<string, string> Flags => FlagsOfConvenience.Value;

    /// <summary>Assesses <paramref name="facts"/>.</summary>
    public static RiskAssessment Assess(DossierFacts facts, ShadowFleetRiskWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var w = weights ?? new ShadowFleetRiskWeights();
        var c = CultureInfo.InvariantCulture;
        var flags = facts.Identities.Where(i => i.Field == "flag").OrderBy(i => i.FirstSeen).Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList();
        var convenience = flags.Where(f => Flags.ContainsKey(f)).ToList();
        var names = facts.Identities.Where(i => i.Field == "name").Select(i => i.Value).Distinct(StringComparer.Ordinal).Count();
        var callSigns = facts.Identities.Where(i => i.Field == "callSign").Select(i => i.Value).Distinct(StringComparer.Ordinal).Count();
        int Count(string kind) => facts.Alerts.Count(a => a.Kind == kind);
        var gaps = Count(MaritimeAlertKinds.AisGap);
        var meetings = Count(MaritimeAlertKinds.Rendezvous);
        var conflicts = Count(MaritimeAlertKinds.IdentityConflict);
        var changes = Math.Max(0, names - 1) + Math.Max(0, callSigns - 1);
        var factors = new List<RiskFactor>
        {
            new("flagOfConvenience", convenience.Count > 0 ? 1 : 0, w.FlagOfConvenience,
                convenience.Count > 0 ? $"flies a flag of convenience: {string.Join(", ", convenience.Select(f => $"{Flags[f]} ({f})"))}" : $"flag{(flags.Count == 1 ? "" : "s")} {string.Join(", ", flags)}: not on the flags-of-convenience list"),
            new("flagChanges", flags.Count > 1 ? 1 : 0, w.FlagChanges,
                flags.Count > 1 ? $"reflagged: {string.Join(" → ", flags)} under {facts.Mmsis.Count} MMSIs" : "one flag seen"),
            new("age", facts.Imo is { } imo && imo < w.OldImoBelow ? 1 : 0, w.Age,
                facts.Imo is { } number ? (number < w.OldImoBelow ? string.Create(c, $"IMO {number} was issued before about 2008 (below {w.OldImoBelow}): an older ship") : string.Create(c, $"IMO {number}: issued about 2008 or later")) : "no IMO number reported"),
            new("aisGaps", Math.Min(1, gaps / 3.0), w.AisGaps, string.Create(c, $"{gaps} AIS gaps raised by the watch")),
            new("shipToShip", Math.Min(1, meetings / 2.0), w.ShipToShip, string.Create(c, $"{meetings} ship-to-ship meetings (rendezvous) raised by the watch")),
            new("identity", Math.Min(1, (conflicts + changes) / 2.0), w.Identity, string.Create(c, $"{conflicts} identity conflicts; {names} names and {callSigns} call signs seen")),
            new("watchListed", facts.WatchListEntry is null ? 0 : 1, w.WatchListed, facts.WatchListEntry is { } entry ? $"on the watch list: {entry}" : "not on the watch list"),
        };
        var score = factors.Sum(f => f.Value * f.Weight) / w.Total;
        return new RiskAssessment(Math.Round(score, 3), [.. factors.OrderByDescending(f => f.Value * f.Weight)]);
    }

    private static Dictionary<string, string> LoadFlags()
    {
        using var stream = typeof(ShadowFleetRisk).Assembly.GetManifestResourceStream("Bolwerk.Maritime.FlagsOfConvenience.csv")
            ?? throw new InvalidOperationException("embedded flags-of-convenience.csv is missing");
        using var reader = new StreamReader(stream);
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                flags[line[..comma]] = line[(comma + 1)..];
            }
        }

        return flags;
    }
}
