using System.Xml;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// The UN Security Council Consolidated List in its native XML (schema sc-sanctions.xsd):
/// INDIVIDUALS/INDIVIDUAL become Person, ENTITIES/ENTITY become Organization. Streamed element by
/// element; a broken file fails with its line and element named.
/// </summary>
public static class UnConsolidatedListReader
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];
    private static readonly string[] AddressParts = ["STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"];

    /// <summary>True when the document element is CONSOLIDATED_LIST.</summary>
    public static bool Recognises(string firstChars) => firstChars.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal);

    /// <summary>Reads every entry of the list at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        var entities = new List<SanctionedEntity>();
        using var reader = SafeXml.Open(path);
        var source = "UN Security Council Consolidated List";
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "CONSOLIDATED_LIST":
                        source += reader.GetAttribute("dateGenerated") is { Length: >= 10 } generated ? " " + generated[..10] : string.Empty;
                        break;
                    case "INDIVIDUAL" or "ENTITY":
                        var where = SafeXml.Where(reader);
                        var schema = reader.LocalName == "INDIVIDUAL" ? "Person" : "Organization";
                        using (var entry = reader.ReadSubtree())
                        {
                            entities.Add(Entry(entry, schema, source, path, where));
                        }

                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            // The DTD refusal comes without a position; the reader still knows where it stopped.
            var place = exception.LineNumber > 0 ? $"line {exception.LineNumber}, column {exception.LinePosition}" : SafeXml.DoctypePlace(path);
            throw new SanctionsListException(path, place, exception.Message, exception);
        }

        return entities;
    }

    private static SanctionedEntity Entry(XmlReader entry, string schema, string source, string path, string where)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var aliases = new List<(string Quality, string Name)>();
        var identifiers = new List<EntityIdentifier>();
        var births = new List<string>();
        var addresses = new List<string>();
        var countries = new List<string>();
        var path1 = new Stack<string>();
        string? aliasQuality = null;
        Dictionary<string, string>? group = null;
        entry.Read();
        while (entry.Read())
        {
            if (entry.NodeType == XmlNodeType.Element)
            {
                var name = entry.LocalName;
                if (name is "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS" or "INDIVIDUAL_DOCUMENT" or "INDIVIDUAL_DATE_OF_BIRTH" or "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS")
                {
                    group = new Dictionary<string, string>(StringComparer.Ordinal);
                    aliasQuality = null;
                }

                if (!entry.IsEmptyElement)
                {
                    path1.Push(name);
                }
            }
            else if (entry.NodeType == XmlNodeType.Text && path1.Count > 0)
            {
                var field = path1.Peek();
                var text = entry.Value.Trim();
                if (group is not null && path1.Count >= 2)
                {
                    group[field] = text;
                    aliasQuality = field == "QUALITY" ? text : aliasQuality;
                }
                else
                {
                    var key = field == "VALUE" && path1.Count >= 2 ? path1.ElementAt(1) : field;
                    if (!fields.TryGetValue(key, out var values))
                    {
                        values = [];
                        fields[key] = values;
                    }

                    values.Add(text);
                }
            }
            else if (entry.NodeType == XmlNodeType.EndElement)
            {
                var closing = path1.Count > 0 ? path1.Pop() : entry.LocalName;
                if (group is not null && closing is "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS" or "INDIVIDUAL_DOCUMENT" or "INDIVIDUAL_DATE_OF_BIRTH" or "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS")
                {
                    Close(closing, group, aliases, identifiers, births, addresses, countries);
                    group = null;
                }
            }
        }

        string? One(string key) => fields.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;
        var id = One("DATAID") ?? throw new SanctionsListException(path, where, "entry has no DATAID");
        var fullName = string.Join(' ', NameParts.Select(One).Where(n => !string.IsNullOrWhiteSpace(n)));
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new SanctionsListException(path, where, $"entry {id} has no FIRST_NAME");
        }

        return new SanctionedEntity
        {
            Id = "un-" + id,
            Schema = schema,
            Names = [fullName],
            Aliases = [.. aliases.Where(a => a.Quality != "Low").Select(a => a.Name)],
            WeakAliases = [.. aliases.Where(a => a.Quality == "Low").Select(a => a.Name)],
            BirthDates = births,
            Nationalities = fields.GetValueOrDefault("NATIONALITY") ?? [],
            Countries = [.. countries.Distinct(StringComparer.Ordinal)],
            Identifiers = identifiers,
            Addresses = addresses,
            Programme = One("UN_LIST_TYPE"),
            ListedOn = One("LISTED_ON"),
            Reference = One("REFERENCE_NUMBER"),
            LegalBasis = "UN Security Council sanctions committee " + (One("UN_LIST_TYPE") ?? "?"),
            Source = source,
        };
    }

    private static void Close(string element, Dictionary<string, string> group, List<(string, string)> aliases, List<EntityIdentifier> identifiers,
        List<string> births, List<string> addresses, List<string> countries)
    {
        switch (element)
        {
            case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS" when group.GetValueOrDefault("ALIAS_NAME") is { Length: > 0 } alias:
                aliases.Add((group.GetValueOrDefault("QUALITY") ?? string.Empty, alias));
                break;
            case "INDIVIDUAL_DOCUMENT" when group.GetValueOrDefault("NUMBER") is { Length: > 0 } number:
                identifiers.Add(new EntityIdentifier(group.GetValueOrDefault("TYPE_OF_DOCUMENT") ?? "Document", number, group.GetValueOrDefault("ISSUING_COUNTRY")));
                break;
            case "INDIVIDUAL_DATE_OF_BIRTH":
                var date = group.GetValueOrDefault("DATE") ?? group.GetValueOrDefault("YEAR") ?? group.GetValueOrDefault("FROM_YEAR");
                if (date is { Length: > 0 })
                {
                    births.Add(date);
                }

                break;
            case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                var parts = AddressParts.Select(group.GetValueOrDefault).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                if (parts.Count > 0)
                {
                    addresses.Add(string.Join(", ", parts));
                }

                if (group.GetValueOrDefault("COUNTRY") is { Length: > 0 } country)
                {
                    countries.Add(country);
                }

                break;
        }
    }
}
