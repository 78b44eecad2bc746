using System.Globalization;
using System.Text;
using Bolwerk.Identifiers;
using Bolwerk.Sanctions.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The EU's Annex XLII list of designated vessels (Council Regulation (EU) No 833/2014, the
/// "shadow fleet" port and service ban) as the Danish Maritime Authority publishes it: ';'-separated,
/// ISO-8859-1, header "Vessel name;IMO number ;Date of application", dates DD.MM.YYYY. A vessel
/// listed twice is one entity (the repeat is counted in <see cref="AnnexResult.Repeats"/>).
/// </summary>
public static class EuAnnexXliiReader
{
    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    public static AnnexResult Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = IsUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        // Names may be quoted and hold ';' ("Mirage (… ; Andromeda Star)"), so a CSV parser splits the rows.
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null });
        if (!csv.Read() || csv.Parser.Count < 2 || !(csv.GetField(1) ?? string.Empty).Contains("IMO", StringComparison.OrdinalIgnoreCase))
        {
            throw new SanctionsListException(path, "line 1", "not an Annex XLII list: the header needs 'Vessel name;IMO number;Date of application'");
        }

        var entities = new Dictionary<int, SanctionedEntity>();
        var repeats = 0;
        while (csv.Read())
        {
            var fields = Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? string.Empty).ToArray();
            var line = csv.Parser.RawRow;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Length < 3)
            {
                throw new SanctionsListException(path, $"line {line}", $"{fields.Length} fields where 3 are expected (name;IMO;date)");
            }

            if (!ImoNumber.TryParse(fields[1].Trim(), out var imo))
            {
                throw new SanctionsListException(path, $"line {line}, field 2 (IMO number)", $"'{fields[1].Trim()}' is not an IMO number with a valid check digit");
            }

            if (!DateOnly.TryParseExact(fields[2].Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var applies))
            {
                throw new SanctionsListException(path, $"line {line}, field 3 (Date of application)", $"'{fields[2].Trim()}' is not a date DD.MM.YYYY");
            }

            if (entities.ContainsKey(imo.Value))
            {
                repeats++;
                continue;
            }

            var (name, formerNames) = SplitFormerNames(fields[0].Replace('\u00a0', ' ').Trim());
            entities[imo.Value] = new SanctionedEntity
            {
                Id = "eu-annex-xlii-" + imo,
                Schema = "Vessel",
                Names = [name],
                Aliases = formerNames,
                Identifiers = [new EntityIdentifier("IMO", imo.ToString())],
                Programme = "EU Russia sectoral (Annex XLII designated vessels)",
                LegalBasis = "Council Regulation (EU) No 833/2014, Article 3s and Annex XLII",
                ListedOn = applies.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Source = "EU Annex XLII (Danish Maritime Authority export)",
            };
        }

        return new AnnexResult([.. entities.Values], repeats);
    }

    // "Mirage (formerly Feng Shou; Andromeda Star)" → "Mirage", former names as aliases: screening
    // a vessel by an old name must still find it.
    private static (string Name, string[] Former) SplitFormerNames(string listed)
    {
        var open = listed.IndexOf("(formerly", StringComparison.OrdinalIgnoreCase);
        if (open <= 0)
        {
            return (listed, []);
        }

        // The published list has an unclosed one ("Quartanus (formerlyM- Morpheus").
        var close = listed.LastIndexOf(')') is var c && c > open ? c : listed.Length;

        var former = listed[(open + "(formerly".Length)..close].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (listed[..open].Trim(), former);
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>The vessels of an Annex XLII list, and how many rows repeated one already listed.</summary>
public sealed record AnnexResult(IReadOnlyList<SanctionedEntity> Vessels, int Repeats);
