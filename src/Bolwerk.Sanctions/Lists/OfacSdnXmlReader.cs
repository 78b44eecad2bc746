using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// OFAC's SDN.XML (<c>&lt;sdnList&gt;</c>, namespace of the Sanctions List Service or the older
/// tempuri.org one): sdnEntry → Person (Individual), Vessel, Airplane (Aircraft) or LegalEntity,
/// with a.k.a.s (weak when so categorised), addresses, nationalities and citizenships, birth
/// dates, IMO and MMSI from the id list (gender and "sanctions information" rows there are not
/// documents), vessel call sign and flag. Ids and names are those of the legacy CSV
/// ("ofac-36", "LASTNAME, Firstname"), so both forms of one list compare entry by entry.
/// </summary>
public static partial class OfacSdnXmlReader
{
    private static readonly HashSet<string> Entries = ["sdnEntry"];

    /// <summary>Reads every entry of the SDN.XML at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        var entities = new List<SanctionedEntity>();
        var source = "OFAC SDN (XML)";
        XmlEntries.Read(path, Entries, root =>
        {
            if (root.LocalName != "sdnList")
            {
                throw new SanctionsListException(path, SafeXml.Where(root), $"the document element is {root.LocalName}, not sdnList");
            }
        }, (entry, where) =>
        {
            if (entry.Name.LocalName == "sdnEntry")
            {
                entities.Add(Entry(entry, source));
            }
        });

        // The publish date sits before the entries; read it with the same safe reader.
        var published = PublishDate(path);
        return published is null ? entities : [.. entities.Select(e => e with { Source = $"{source} {published}" })];
    }

    private static SanctionedEntity Entry(XElement entry, string source)
    {
        var uid = entry.Value("uid") ?? throw new FormatException("entry has no uid");
        var last = entry.Value("lastName") ?? throw new FormatException($"entry {uid} has no lastName");
        var type = entry.Value("sdnType") ?? string.Empty;
        var schema = type.ToLowerInvariant() switch { "individual" => "Person", "vessel" => "Vessel", "aircraft" => "Airplane", _ => "LegalEntity" };
        var akas = entry.Items("akaList", "aka").Select(a => (Weak: string.Equals(a.Value("category"), "weak", StringComparison.OrdinalIgnoreCase), Name: FullName(a.Value("lastName"), a.Value("firstName")))).ToList();
        var identifiers = new List<EntityIdentifier>();
        string? gender = null;
        foreach (var id in entry.Items("idList", "id"))
        {
            var idType = id.Value("idType") ?? string.Empty;
            var number = id.Value("idNumber") ?? string.Empty;
            if (idType.Equals("Gender", StringComparison.OrdinalIgnoreCase))
            {
                gender = number.ToLowerInvariant();
            }
            else if (idType.StartsWith("Vessel Registration Identification", StringComparison.OrdinalIgnoreCase) && ImoDigits().Match(number) is { Success: true } imo)
            {
                identifiers.Add(new EntityIdentifier("IMO", imo.Value));
            }
            else if (idType.Equals("MMSI", StringComparison.OrdinalIgnoreCase))
            {
                identifiers.Add(new EntityIdentifier("MMSI", number));
            }
            else if (!idType.StartsWith("Secondary sanctions risk", StringComparison.OrdinalIgnoreCase) && !idType.StartsWith("Additional Sanctions Information", StringComparison.OrdinalIgnoreCase) && number.Length > 0)
            {
                identifiers.Add(new EntityIdentifier(idType, number, id.Value("idCountry")));
            }
        }

        var vessel = entry.Children("vesselInfo").FirstOrDefault();
        if (vessel?.Value("callSign") is { } callSign)
        {
            identifiers.Add(new EntityIdentifier("Call Sign", callSign));
        }

        var programs = entry.Items("programList", "program").Select(p => p.Value.Trim()).Where(p => p.Length > 0).ToList();
        var addresses = entry.Items("addressList", "address").ToList();
        return new SanctionedEntity
        {
            Id = "ofac-" + uid,
            Schema = schema,
            Names = [FullName(last, entry.Value("firstName"))],
            Aliases = [.. akas.Where(a => !a.Weak).Select(a => a.Name)],
            WeakAliases = [.. akas.Where(a => a.Weak).Select(a => a.Name)],
            BirthDates = [.. entry.Items("dateOfBirthList", "dateOfBirthItem").Select(d => d.Value("dateOfBirth")).OfType<string>().SelectMany(d => OfacRemarks.BirthDates("DOB " + d)).Distinct(StringComparer.Ordinal)],
            Gender = gender,
            Nationalities = [.. entry.Items("nationalityList", "nationality").Concat(entry.Items("citizenshipList", "citizenship")).Select(n => n.Value("country")).OfType<string>().Distinct(StringComparer.Ordinal)],
            Countries = [.. addresses.Select(a => a.Value("country")).OfType<string>().Concat(vessel?.Value("vesselFlag") is { } flag ? [flag] : []).Distinct(StringComparer.Ordinal)],
            Identifiers = identifiers,
            Addresses = [.. addresses.Select(a => string.Join(", ", new[] { a.Value("address1"), a.Value("address2"), a.Value("address3"), a.Value("city"), a.Value("stateOrProvince"), a.Value("postalCode"), a.Value("country") }.OfType<string>())).Where(a => a.Length > 0)],
            Programme = string.Join("] [", programs),
            LegalBasis = programs.Count == 0 ? null : "OFAC SDN " + string.Join("] [", programs),
            Source = source,
        };
    }

    private static string FullName(string? last, string? first) =>
        string.IsNullOrEmpty(first) ? last ?? string.Empty : string.IsNullOrEmpty(last) ? first : $"{last}, {first}";

    private static string? PublishDate(string path)
    {
        using var reader = SafeXml.Open(path);
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "Publish_Date")
            {
                var text = reader.ReadElementContentAsString().Trim();
                return DateTime.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
            }

            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "sdnEntry")
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d{7}")]
    private static partial Regex ImoDigits();
}
