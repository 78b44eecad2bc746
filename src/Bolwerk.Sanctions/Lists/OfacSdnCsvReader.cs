using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bolwerk.Sanctions.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// OFAC's SDN list in the legacy headerless CSV set: sdn.csv (ent_num, SDN_Name, SDN_Type, Program,
/// Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; "-0-" is empty) with
/// alt.csv (aliases) and add.csv (addresses) beside it, ISO-8859-1. Vessels get their IMO and MMSI
/// from the remarks ("IMO 9187629", "MMSI 572469210") and their call sign and flag from their columns.
/// </summary>
public static partial class OfacSdnCsvReader
{
    private const string Empty = "-0-";

    /// <summary>Reads sdn.csv at <paramref name="path"/> with alt.csv and add.csv from the same folder when present.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var aliases = ReadRows(Path.Combine(folder, "alt.csv"), 5).ToLookup(row => row.Fields[0], row => (Type: row.Fields[2], Name: row.Fields[3]));
        var addresses = ReadRows(Path.Combine(folder, "add.csv"), 6).ToLookup(row => row.Fields[0], row => row.Fields);
        var entities = new List<SanctionedEntity>();
        foreach (var (line, f) in ReadRows(path, 12, required: true))
        {
            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new SanctionsListException(path, $"line {line}, column 1 (ent_num)", $"'{f[0]}' is not an entry number");
            }

            if (f[1].Length == 0)
            {
                throw new SanctionsListException(path, $"line {line}, column 2 (SDN_Name)", "entry has no name");
            }

            var type = f[2].ToUpperInvariant();
            var schema = type switch { "INDIVIDUAL" => "Person", "VESSEL" => "Vessel", "AIRCRAFT" => "Airplane", _ => "LegalEntity" };
            var remarks = f[11];
            var identifiers = new List<EntityIdentifier>();
            if (schema == "Vessel")
            {
                identifiers.AddRange(ImoPattern().Matches(remarks).Select(m => new EntityIdentifier("IMO", m.Groups[1].Value)));
                identifiers.AddRange(MmsiPattern().Matches(remarks).Select(m => new EntityIdentifier("MMSI", m.Groups[1].Value)));
                if (f[5].Length > 0)
                {
                    identifiers.Add(new EntityIdentifier("Call Sign", f[5]));
                }
            }

            var alt = aliases[f[0]].ToList();
            var entityAddresses = addresses[f[0]].Select(a => string.Join(", ", a.Skip(2).Take(3).Where(p => p.Length > 0))).Where(a => a.Length > 0).ToList();
            entities.Add(new SanctionedEntity
            {
                Id = "ofac-" + f[0],
                Schema = schema,
                Names = [f[1]],
                Aliases = [.. alt.Where(a => !a.Type.Contains("weak", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name)],
                WeakAliases = [.. alt.Where(a => a.Type.Contains("weak", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name)],
                Countries = [.. addresses[f[0]].Select(a => a[4]).Where(c => c.Length > 0).Concat(f[9].Length > 0 ? [f[9]] : []).Distinct(StringComparer.Ordinal)],
                Identifiers = identifiers,
                BirthDates = schema == "Person" ? OfacRemarks.BirthDates(remarks) : [],
                Nationalities = OfacRemarks.Nationalities(remarks),
                Gender = OfacRemarks.Gender(remarks),
                Addresses = entityAddresses,
                Programme = f[3].Trim('[', ']'),
                LegalBasis = "OFAC SDN " + f[3],
                Source = "OFAC SDN (legacy CSV)",
            });
        }

        return entities;
    }

    private static IEnumerable<(long Line, string[] Fields)> ReadRows(string path, int columns, bool required = false)
    {
        if (!File.Exists(path))
        {
            if (required)
            {
                throw new FileNotFoundException($"OFAC list '{path}' does not exist", path);
            }

            yield break;
        }

        using var reader = new StreamReader(path, Encoding.Latin1);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null });
        while (csv.Read())
        {
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.GetField(0)?.Trim('\u001a')))
            {
                continue; // the files end with a DOS end-of-file mark (Ctrl-Z) on a line of its own
            }

            if (csv.Parser.Count < columns)
            {
                throw new SanctionsListException(path, $"line {csv.Parser.RawRow}", $"{csv.Parser.Count} columns where {columns} are expected");
            }

            var fields = new string[columns];
            for (var i = 0; i < columns; i++)
            {
                var value = (csv.GetField(i) ?? string.Empty).Trim();
                fields[i] = value == Empty ? string.Empty : value;
            }

            yield return (csv.Parser.RawRow, fields);
        }
    }

    // As written: the list holds one five-digit "IMO 15411" (entry 23424); validity is judged by the matcher.
    [GeneratedRegex(@"IMO (\d+)")]
    private static partial Regex ImoPattern();

    [GeneratedRegex(@"MMSI (\d{9})")]
    private static partial Regex MmsiPattern();
}
