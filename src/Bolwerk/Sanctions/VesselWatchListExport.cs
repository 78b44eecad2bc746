using System.Globalization;
using Bolwerk.Sanctions.Model;
using CsvHelper;

namespace Bolwerk.Host.Sanctions;

/// <summary>
/// The maritime watch list drawn from the sanctions lists: every listed vessel with an IMO
/// number or MMSI, as CSV `imo,mmsi,name,reason` — the file `bolwerk maritime detect --watchlist`
/// reads, so sanctioned vessels raise watchlisted-vessel alerts live.
/// </summary>
internal static class VesselWatchListExport
{
    public static int Write(TextWriter output, IEnumerable<SanctionedEntity> entities)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("imo");
        csv.WriteField("mmsi");
        csv.WriteField("name");
        csv.WriteField("reason");
        csv.NextRecord();
        var rows = 0;
        var seen = new HashSet<(string?, string?)>();
        foreach (var vessel in entities.Where(e => e.Schema == "Vessel").OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var imos = Digits(vessel, "IMO", 7);
            var mmsis = Digits(vessel, "MMSI", 9);
            // One row per identifier: a vessel listed with two IMO numbers or MMSIs is watched under each.
            var pairs = imos.Count == 0 && mmsis.Count == 0
                ? []
                : imos.Count == 0 ? mmsis.Select(m => ((string?)null, (string?)m)).ToList()
                : imos.Select((imo, i) => ((string?)imo, i < mmsis.Count ? (string?)mmsis[i] : null)).ToList();
            foreach (var (imo, mmsi) in pairs)
            {
                if (!seen.Add((imo, mmsi)))
                {
                    continue;
                }

                csv.WriteField(imo ?? string.Empty);
                csv.WriteField(mmsi ?? string.Empty);
                csv.WriteField(vessel.Names.Count > 0 ? vessel.Names[0] : vessel.Id);
                csv.WriteField(Reason(vessel));
                csv.NextRecord();
                rows++;
            }
        }

        return rows;
    }

    private static string Reason(SanctionedEntity vessel) =>
        string.Join("; ", new[] { vessel.Programme, vessel.ListedOn is null ? null : "listed " + vessel.ListedOn, vessel.Source, vessel.Id }.Where(p => !string.IsNullOrEmpty(p)));

    private static List<string> Digits(SanctionedEntity entity, string type, int length) =>
        [.. entity.Identifiers.Where(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase))
            .Select(i => new string([.. i.Value.Where(char.IsAsciiDigit)]))
            .Where(d => d.Length == length)
            .Distinct(StringComparer.Ordinal)];
}
