using System.Xml.Linq;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The EU Financial Sanctions Files XML 1.1 (<c>&lt;export xmlns="http://eu.europa.ec/fpi/fsd/export"&gt;</c>):
/// sanctionEntity with subjectType person → Person, enterprise → Organization; nameAlias (strong
/// or weak), citizenship, birthdate, identification (an "imo" identification becomes an IMO
/// identifier), address, regulation (programme code such as RUSDA or CYB, legal act, publication),
/// EU reference number and designation date. FSF has no vessel subject type: a listed ship arrives
/// as an enterprise and keeps its IMO number, so screening by IMO finds it.
/// </summary>
public static class EuFsfXmlReader
{
    private static readonly HashSet<string> Entries = ["sanctionEntity"];

    /// <summary>Reads every sanctionEntity of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        var entities = new List<SanctionedEntity>();
        var source = "EU Financial Sanctions Files";
        XmlEntries.Read(path, Entries, root =>
        {
            if (root.LocalName != "export")
            {
                throw new SanctionsListException(path, SafeXml.Where(root), $"the document element is {root.LocalName}, not export");
            }

            source += root.GetAttribute("generationDate") is { Length: >= 10 } generated ? " " + generated[..10] : string.Empty;
        }, (entry, _) => entities.Add(Entry(entry, source)));
        return entities;
    }

    private static SanctionedEntity Entry(XElement entry, string source)
    {
        var id = entry.Attr("logicalId") ?? throw new FormatException("sanctionEntity has no logicalId");
        var subject = entry.Children("subjectType").FirstOrDefault()?.Attr("code") ?? throw new FormatException($"sanctionEntity {id} has no subjectType");
        var schema = subject switch
        {
            "person" => "Person",
            "enterprise" => "Organization",
            _ => throw new FormatException($"sanctionEntity {id}: subjectType '{subject}' is neither person nor enterprise"),
        };
        var names = entry.Children("nameAlias").Select(n => (Name: WholeName(n), Strong: !string.Equals(n.Attr("strong"), "false", StringComparison.OrdinalIgnoreCase)))
            .Where(n => n.Name.Length > 0).ToList();
        if (names.Count == 0)
        {
            throw new FormatException($"sanctionEntity {id} has no nameAlias with a name");
        }

        var regulations = entry.Children("regulation").ToList();
        var programmes = regulations.Select(r => r.Attr("programme")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var identifiers = entry.Children("identification").Select(Identifier).OfType<EntityIdentifier>().ToList();
        var genders = entry.Children("nameAlias").Select(n => n.Attr("gender")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new SanctionedEntity
        {
            Id = "eu-fsf-" + id,
            Schema = schema,
            Names = [names[0].Name],
            Aliases = [.. names.Skip(1).Where(n => n.Strong).Select(n => n.Name).Distinct(StringComparer.Ordinal).Where(n => n != names[0].Name)],
            WeakAliases = [.. names.Skip(1).Where(n => !n.Strong).Select(n => n.Name).Distinct(StringComparer.Ordinal)],
            BirthDates = [.. entry.Children("birthdate").Select(BirthDate).OfType<string>().Distinct(StringComparer.Ordinal)],
            Gender = genders.Count == 1 ? genders[0] switch { "M" => "male", "F" => "female", _ => null } : null,
            Nationalities = [.. entry.Children("citizenship").Select(c => c.Attr("countryIso2Code") ?? c.Attr("countryDescription")).OfType<string>().Distinct(StringComparer.Ordinal)],
            Countries = [.. entry.Children("address").Select(a => a.Attr("countryIso2Code") ?? a.Attr("countryDescription")).OfType<string>().Distinct(StringComparer.Ordinal)],
            Identifiers = identifiers,
            Addresses = [.. entry.Children("address").Select(a => string.Join(", ", new[] { a.Attr("street"), a.Attr("poBox"), a.Attr("city"), a.Attr("zipCode"), a.Attr("region"), a.Attr("countryDescription") }.OfType<string>())).Where(a => a.Length > 0)],
            Programme = programmes.Count == 0 ? null : string.Join("; ", programmes.Select(p => "EU-" + p)),
            LegalBasis = regulations.Count == 0 ? null : string.Join("; ", regulations.Select(r => r.Attr("numberTitle")).OfType<string>().Distinct(StringComparer.Ordinal)),
            ListedOn = entry.Attr("designationDate") is { Length: >= 10 } designated ? designated[..10] : regulations.Select(r => r.Attr("publicationDate")).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
            Reference = entry.Attr("euReferenceNumber"),
            Source = source,
        };
    }

    private static string WholeName(XElement alias) =>
        alias.Attr("wholeName")
        ?? string.Join(' ', new[] { alias.Attr("firstName"), alias.Attr("middleName"), alias.Attr("lastName") }.OfType<string>());

    private static EntityIdentifier? Identifier(XElement identification)
    {
        var number = identification.Attr("number") ?? identification.Attr("latinNumber");
        if (number is null)
        {
            return null;
        }

        var code = identification.Attr("identificationTypeCode") ?? "id";
        var type = code.ToLowerInvariant() switch
        {
            "imo" => "IMO",
            "passport" => "Passport",
            "id" => "National Identification Number",
            "regnumber" => "Registration Number",
            "tax" or "fiscalcode" => "Tax Number",
            _ => identification.Attr("identificationTypeDescription") ?? code,
        };
        return new EntityIdentifier(type, number, identification.Attr("countryIso2Code"));
    }

    private static string? BirthDate(XElement birth)
    {
        if (birth.Attr("birthdate") is { Length: >= 10 } full)
        {
            return full[..10];
        }

        if (birth.Attr("year") is not { Length: 4 } year)
        {
            return null;
        }

        return birth.Attr("month") is { } month && int.TryParse(month, out var m) && m is >= 1 and <= 12
            ? $"{year}-{m:D2}"
            : year;
    }
}
