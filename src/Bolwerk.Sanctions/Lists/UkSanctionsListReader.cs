using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The UK Sanctions List (FCDO) XML (<c>&lt;Designations&gt;</c>): Designation with
/// IndividualEntityShip Individual → Person, Entity → Organization, Ship → Vessel; Names/Name with
/// Name1…Name6 (Name6 the family or entity name) and NameType/AliasStrength (a "Low quality a.k.a"
/// is a weak alias), non-Latin names, regime, DOBs as dd/mm/yyyy (unknown parts "dd"/"mm"),
/// nationalities, genders, passports, addresses, IMO numbers and flags of ships, UK reference
/// (UniqueID such as RUS1234 or CYB0012) and designation date.
/// </summary>
public static partial class UkSanctionsListReader
{
    private static readonly HashSet<string> Entries = ["Designation"];
    private static readonly string[] NameParts = ["Name1", "Name2", "Name3", "Name4", "Name5", "Name6"];

    /// <summary>Reads every designation of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        var entities = new List<SanctionedEntity>();
        XmlEntries.Read(path, Entries, root =>
        {
            if (root.LocalName != "Designations")
            {
                throw new SanctionsListException(path, SafeXml.Where(root), $"the document element is {root.LocalName}, not Designations");
            }
        }, (entry, _) => entities.Add(Entry(entry)));
        var generated = Generated(path);
        return generated is null ? entities : [.. entities.Select(e => e with { Source = "UK Sanctions List " + generated })];
    }

    private static SanctionedEntity Entry(XElement designation)
    {
        var id = designation.Value("UniqueID") ?? throw new FormatException("Designation has no UniqueID");
        var kind = designation.Value("IndividualEntityShip") ?? throw new FormatException($"Designation {id} has no IndividualEntityShip");
        var schema = kind.ToLowerInvariant() switch
        {
            "individual" => "Person",
            "entity" => "Organization",
            "ship" => "Vessel",
            _ => throw new FormatException($"Designation {id}: IndividualEntityShip '{kind}' is not Individual, Entity or Ship"),
        };
        var names = designation.Items("Names", "Name").Select(n => (
            Name: string.Join(' ', NameParts.Select(part => n.Value(part)).OfType<string>()),
            Type: n.Value("NameType") ?? string.Empty,
            Weak: (n.Value("AliasStrength") ?? string.Empty).StartsWith("Low", StringComparison.OrdinalIgnoreCase))).Where(n => n.Name.Length > 0).ToList();
        var primary = names.FirstOrDefault(n => n.Type.Equals("Primary Name", StringComparison.OrdinalIgnoreCase));
        if (primary.Name is null)
        {
            primary = names.Count > 0 ? names[0] : throw new FormatException($"Designation {id} has no name");
        }

        var individual = designation.Children("IndividualDetails").SelectMany(d => d.Children("Individual")).FirstOrDefault();
        var ship = designation.Children("ShipDetails").SelectMany(d => d.Children("Ship")).FirstOrDefault();
        var identifiers = new List<EntityIdentifier>();
        if (ship is not null)
        {
            identifiers.AddRange(ship.Items("IMONumbers", "IMONumber").Select(i => ImoDigits().Match(i.Value)).Where(m => m.Success).Select(m => new EntityIdentifier("IMO", m.Value)));
        }

        if (individual is not null)
        {
            identifiers.AddRange(individual.Items("PassportDetails", "Passport").Select(p => p.Value("PassportNumber")).OfType<string>().Select(n => new EntityIdentifier("Passport", n)));
            identifiers.AddRange(individual.Items("NationalIdentifierDetails", "NationalIdentifier").Select(p => p.Value("NationalIdentifierNumber")).OfType<string>().Select(n => new EntityIdentifier("National Identification Number", n)));
        }

        var addresses = designation.Items("Addresses", "Address").ToList();
        var genders = individual?.Items("Genders", "Gender").Select(g => g.Value.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList() ?? [];
        return new SanctionedEntity
        {
            Id = "uk-" + id,
            Schema = schema,
            Names = [primary.Name],
            Aliases =
            [
                .. names.Where(n => n.Name != primary.Name && !n.Weak).Select(n => n.Name)
                    .Concat(designation.Items("NonLatinNames", "NonLatinName").Select(n => n.Value("NameNonLatinScript")).OfType<string>())
                    .Distinct(StringComparer.Ordinal),
            ],
            WeakAliases = [.. names.Where(n => n.Name != primary.Name && n.Weak).Select(n => n.Name).Distinct(StringComparer.Ordinal)],
            BirthDates = [.. (individual?.Items("DOBs", "DOB") ?? []).Select(d => BirthDate(d.Value)).OfType<string>().Distinct(StringComparer.Ordinal)],
            Gender = genders.Count == 1 && genders[0] is "male" or "female" ? genders[0] : null,
            Nationalities = [.. (individual?.Items("Nationalities", "Nationality") ?? []).Select(n => n.Value.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)],
            Countries =
            [
                .. addresses.Select(a => a.Value("AddressCountry")).OfType<string>()
                    .Concat(ship?.Items("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip").Select(f => f.Value.Trim()) ?? [])
                    .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal),
            ],
            Identifiers = identifiers,
            Addresses = [.. addresses.Select(a => string.Join(", ", a.Elements().Where(e => e.Name.LocalName.StartsWith("AddressLine", StringComparison.Ordinal) || e.Name.LocalName == "AddressCountry").Select(e => e.Value.Trim()).Where(v => v.Length > 0))).Where(a => a.Length > 0)],
            Programme = designation.Value("RegimeName"),
            LegalBasis = designation.Value("RegimeName") is { } regime ? $"UK sanctions regulations: {regime} ({designation.Value("SanctionsImposed") ?? "measures not stated"})" : null,
            ListedOn = UkDate(designation.Value("DateDesignated")),
            Reference = id,
            Source = "UK Sanctions List",
        };
    }

    // "12/03/1975" → 1975-03-12; "dd/mm/1945" → 1945; "dd/03/1945" → 1945-03.
    private static string? BirthDate(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 3 || parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
    }

    private static string? UkDate(string? text) =>
        text is not null && DateTime.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? Generated(string path)
    {
        using var reader = SafeXml.Open(path);
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "DateGenerated")
            {
                return UkDate(reader.ReadElementContentAsString());
            }

            if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.LocalName == "Designation")
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d{7}")]
    private static partial Regex ImoDigits();
}
