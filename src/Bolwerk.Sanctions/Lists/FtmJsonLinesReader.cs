using System.Text.Json;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// FollowTheMoney entities as JSON lines (OpenSanctions exports such as entities.ftm.json: one
/// <c>{"id", "schema", "properties": {prop: [values]}, "datasets", …}</c> per line). Persons,
/// organisations, companies, legal entities, public bodies, vessels and aircraft become entities;
/// Sanction entities give them programme, authority, listing date and reason; Address entities
/// fill their addresses; Ownership, Directorship, Family and Associate become relations on both
/// ends; Identification and Passport become identifiers. Other schemata are counted and skipped.
/// </summary>
public static class FtmJsonLinesReader
{
    private static readonly string[] AddressParts = ["street", "city", "postalCode", "country"];

    private static readonly HashSet<string> Things = ["Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path) => Read(path, out _);

    /// <summary>Reads the file, reporting how many lines had a schema the entity model does not keep.</summary>
    public static IReadOnlyList<SanctionedEntity> Read(string path, out int skipped)
    {
        var records = new List<(long Line, string Id, string Schema, Dictionary<string, List<string>> Props, string? Dataset)>();
        var line = 0L;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            records.Add(Parse(path, line, text));
        }

        var byId = new Dictionary<string, (long Line, string Id, string Schema, Dictionary<string, List<string>> Props, string? Dataset)>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!byId.TryAdd(r.Id, r))
            {
                throw new SanctionsListException(path, $"line {r.Line}, id", $"entity id '{r.Id}' is already on line {byId[r.Id].Line} (one line per entity)");
            }
        }

        var relations = new Dictionary<string, List<EntityRelation>>(StringComparer.Ordinal);
        void Relate(string? from, string kind, string? to, string? role)
        {
            if (from is null || to is null)
            {
                return;
            }

            if (!relations.TryGetValue(from, out var list))
            {
                relations[from] = list = [];
            }

            list.Add(new EntityRelation(kind, to, role));
        }

        var sanctions = new Dictionary<string, List<Dictionary<string, List<string>>>>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<EntityIdentifier>>(StringComparer.Ordinal);
        skipped = 0;
        foreach (var r in records)
        {
            switch (r.Schema)
            {
                case "Sanction":
                    foreach (var target in Get(r.Props, "entity"))
                    {
                        (sanctions.TryGetValue(target, out var list) ? list : sanctions[target] = []).Add(r.Props);
                    }

                    break;
                case "Ownership":
                    Relate(First(r.Props, "owner"), "owns", First(r.Props, "asset"), Role(r.Props, "role", "percentage"));
                    Relate(First(r.Props, "asset"), "owned by", First(r.Props, "owner"), Role(r.Props, "role", "percentage"));
                    break;
                case "Directorship":
                    Relate(First(r.Props, "director"), "directs", First(r.Props, "organization"), Role(r.Props, "role"));
                    Relate(First(r.Props, "organization"), "directed by", First(r.Props, "director"), Role(r.Props, "role"));
                    break;
                case "Family":
                    Relate(First(r.Props, "person"), "family", First(r.Props, "relative"), Role(r.Props, "relationship"));
                    Relate(First(r.Props, "relative"), "family", First(r.Props, "person"), Role(r.Props, "relationship"));
                    break;
                case "Associate":
                    Relate(First(r.Props, "person"), "associate", First(r.Props, "associate"), Role(r.Props, "relationship"));
                    Relate(First(r.Props, "associate"), "associate", First(r.Props, "person"), Role(r.Props, "relationship"));
                    break;
                case "Identification" or "Passport":
                    if (First(r.Props, "holder") is { } holder && First(r.Props, "number") is { } number)
                    {
                        (identifiers.TryGetValue(holder, out var ids) ? ids : identifiers[holder] = [])
                            .Add(new EntityIdentifier(r.Schema == "Passport" ? "Passport" : First(r.Props, "type") ?? "Identification", number, First(r.Props, "country")));
                    }

                    break;
                case "Address":
                    break;
                default:
                    skipped += Things.Contains(r.Schema) ? 0 : 1;
                    break;
            }
        }

        var entities = new List<SanctionedEntity>();
        foreach (var r in records.Where(r => Things.Contains(r.Schema)))
        {
            var names = Get(r.Props, "name");
            if (names.Count == 0)
            {
                throw new SanctionsListException(path, $"line {r.Line}, properties.name", $"{r.Schema} {r.Id} has no name");
            }

            var listed = sanctions.GetValueOrDefault(r.Id) ?? [];
            // A sanction's programme id ("EU-RUSDA") when it has one, else its programme's name.
            var programmes = listed.SelectMany(s => Get(s, "programId") is { Count: > 0 } ids ? ids : Get(s, "program")).Distinct(StringComparer.Ordinal).ToList();
            var addresses = Get(r.Props, "address").Concat(Get(r.Props, "addressEntity").Select(a => byId.TryGetValue(a, out var address) ? AddressText(address.Props) : null).OfType<string>());
            entities.Add(new SanctionedEntity
            {
                Id = r.Id,
                Schema = r.Schema == "PublicBody" ? "Organization" : r.Schema,
                Names = [names[0]],
                Aliases = [.. names.Skip(1).Concat(Get(r.Props, "alias")).Concat(Get(r.Props, "previousName")).Distinct(StringComparer.Ordinal)],
                WeakAliases = Get(r.Props, "weakAlias"),
                BirthDates = [.. Get(r.Props, "birthDate").Concat(Get(r.Props, "incorporationDate")).Concat(Get(r.Props, "buildDate"))],
                Gender = First(r.Props, "gender"),
                Nationalities = [.. Get(r.Props, "nationality").Concat(Get(r.Props, "citizenship")).Distinct(StringComparer.OrdinalIgnoreCase)],
                Countries = [.. Get(r.Props, "country").Concat(Get(r.Props, "jurisdiction")).Concat(Get(r.Props, "mainCountry")).Concat(Get(r.Props, "flag")).Distinct(StringComparer.OrdinalIgnoreCase)],
                Identifiers = [.. Identifiers(r.Props), .. identifiers.GetValueOrDefault(r.Id) ?? []],
                Addresses = [.. addresses.Distinct(StringComparer.Ordinal)],
                Relations = relations.GetValueOrDefault(r.Id) ?? [],
                Programme = programmes.Count == 0 ? First(r.Props, "program") : string.Join("; ", programmes),
                LegalBasis = listed.SelectMany(s => Get(s, "provisions").Concat(Get(s, "authority"))).Distinct(StringComparer.Ordinal).FirstOrDefault(),
                ListedOn = listed.SelectMany(s => Get(s, "listingDate").Concat(Get(s, "startDate"))).Order(StringComparer.Ordinal).FirstOrDefault(),
                Reference = listed.SelectMany(s => Get(s, "authorityId").Concat(Get(s, "unscId"))).FirstOrDefault(),
                Source = "FtM " + (r.Dataset ?? Path.GetFileName(path)),
            });
        }

        return entities;
    }

    private static (long, string, string, Dictionary<string, List<string>>, string?) Parse(string path, long line, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SanctionsListException(path, $"line {line}", "each line must be a JSON object");
            }

            var id = String(root, "id") ?? throw new SanctionsListException(path, $"line {line}, id", "entity has no id");
            var schema = String(root, "schema") ?? throw new SanctionsListException(path, $"line {line}, schema", $"entity {id} has no schema");
            var props = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw new SanctionsListException(path, $"line {line}, properties.{property.Name}", "property values must be an array of strings");
                    }

                    props[property.Name] = [.. property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0)];
                }
            }

            var dataset = root.TryGetProperty("datasets", out var datasets) && datasets.ValueKind == JsonValueKind.Array && datasets.GetArrayLength() > 0
                ? datasets[0].GetString()
                : null;
            return (line, id, schema, props, dataset);
        }
        catch (JsonException e)
        {
            throw new SanctionsListException(path, $"line {line}, byte {e.BytePositionInLine}", "not JSON: " + e.Message, e);
        }
    }

    private static IEnumerable<EntityIdentifier> Identifiers(Dictionary<string, List<string>> props)
    {
        (string Property, string Type)[] kinds =
        [
            ("imoNumber", "IMO"), ("mmsi", "MMSI"), ("callSign", "Call Sign"), ("passportNumber", "Passport"), ("idNumber", "National Identification Number"),
            ("taxNumber", "Tax Number"), ("registrationNumber", "Registration Number"), ("innCode", "INN"), ("ogrnCode", "OGRN"), ("leiCode", "LEI"),
        ];
        foreach (var (property, type) in kinds)
        {
            foreach (var value in Get(props, property))
            {
                yield return new EntityIdentifier(type, value);
            }
        }
    }

    private static string? AddressText(Dictionary<string, List<string>> address) =>
        First(address, "full") ?? (string.Join(", ", AddressParts.Select(p => First(address, p)).OfType<string>()) is { Length: > 0 } joined ? joined : null);

    private static string? Role(Dictionary<string, List<string>> props, params string[] names) =>
        string.Join(", ", names.SelectMany(n => Get(props, n))) is { Length: > 0 } role ? role : null;

    private static List<string> Get(Dictionary<string, List<string>> props, string name) => props.GetValueOrDefault(name) ?? [];

    private static string? First(Dictionary<string, List<string>> props, string name) => Get(props, name).FirstOrDefault();

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
