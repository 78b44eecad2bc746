using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// The word knowledge the matcher uses, read from the rigour name data shipped in
/// data/sanctions/names (MIT, OpenSanctions): legal forms with their generic class
/// ("Aktiengesellschaft", "AG" → JSC; "ООО", "LLC" → LLC), symbols that pair words across
/// languages and scripts (company/компания/kompaniya; Bill/William; Putin/Путин/پوتن), and
/// name prefixes that carry no identity (titles, "The", "MV").
/// </summary>
public sealed class NameVocabulary
{
    private static readonly Lazy<NameVocabulary> Shared = new(Load);

    private NameVocabulary(
        PhraseTable<string> legalForms,
        PhraseTable<string[]> symbols,
        PhraseTable<bool> personPrefixes,
        PhraseTable<bool> organisationPrefixes,
        PhraseTable<bool> objectPrefixes,
        IReadOnlySet<string> places)
    {
        Places = places;
        LegalForms = legalForms;
        Symbols = symbols;
        PersonPrefixes = personPrefixes;
        OrganisationPrefixes = organisationPrefixes;
        ObjectPrefixes = objectPrefixes;
    }

    /// <summary>The vocabulary built from the embedded files, loaded once.</summary>
    public static NameVocabulary Default => Shared.Value;

    /// <summary>Legal-form phrases → their generic class (lower case, e.g. "llc", "jsc").</summary>
    public PhraseTable<string> LegalForms { get; }

    /// <summary>Phrases → symbol ids such as "person_nick:bill" or "org_symbols:co".</summary>
    public PhraseTable<string[]> Symbols { get; }

    /// <summary>Titles and honorifics before a person's name.</summary>
    public PhraseTable<bool> PersonPrefixes { get; }

    /// <summary>Articles before an organisation's name.</summary>
    public PhraseTable<bool> OrganisationPrefixes { get; }

    /// <summary>Prefixes before a vessel's name (MV, MT, M/V …).</summary>
    public PhraseTable<bool> ObjectPrefixes { get; }

    /// <summary>Country names and their one-word aliases, folded ("mexico", "schweiz", "uk"): in an organisation's name they tell subsidiaries apart.</summary>
    public IReadOnlySet<string> Places { get; }

    private static NameVocabulary Load()
    {
        var yaml = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();

        var legalForms = new PhraseTable<string>();
        foreach (var type in yaml.Deserialize<OrgTypesFile>(Read("org_types.yml")).Types)
        {
            var value = NameFolding.Text(type.Generic ?? type.Compare ?? type.Display ?? string.Empty);
            if (value.Length == 0)
            {
                continue;
            }

            foreach (var alias in type.Aliases.Append(type.Display).Append(type.Compare))
            {
                if (alias is not null)
                {
                    legalForms.TryAdd(NameFolding.Words(alias), value);
                }
            }
        }

        var symbolLists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var symbolFile = yaml.Deserialize<Dictionary<string, Dictionary<string, List<string?>>>>(Read("symbols.yml"));
        foreach (var (section, entries) in symbolFile)
        {
            foreach (var (key, phrases) in entries)
            {
                var id = section + ":" + key;
                foreach (var phrase in phrases.Append(key))
                {
                    if (phrase is null)
                    {
                        continue;
                    }

                    var folded = NameFolding.Text(phrase);
                    if (folded.Length == 0)
                    {
                        continue;
                    }

                    if (!symbolLists.TryGetValue(folded, out var ids))
                    {
                        symbolLists[folded] = ids = [];
                    }

                    if (!ids.Contains(id))
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        var symbols = new PhraseTable<string[]>();
        foreach (var (phrase, ids) in symbolLists)
        {
            symbols.TryAdd(phrase.Split(' '), [.. ids]);
        }

        var stopwords = yaml.Deserialize<Dictionary<string, List<string?>>>(Read("stopwords.yml"));
        return new NameVocabulary(
            legalForms,
            symbols,
            Phrases(stopwords, "PERSON_NAME_PREFIXES"),
            Phrases(stopwords, "ORG_NAME_PREFIXES"),
            Phrases(stopwords, "OBJ_NAME_PREFIXES", "mt", "m t", "ms", "m s", "mts", "mv"),
            Bolwerk.Identifiers.Countries.All
                .SelectMany(c => c.Aliases.Prepend(c.Name))
                .Select(NameFolding.Words)
                .Where(words => words.Length == 1)
                .Select(words => words[0])
                .ToHashSet(StringComparer.Ordinal));
    }

    private static PhraseTable<bool> Phrases(Dictionary<string, List<string?>> file, string section, params string[] extra)
    {
        var table = new PhraseTable<bool>();
        foreach (var phrase in file.GetValueOrDefault(section, []).Concat(extra))
        {
            if (phrase is not null)
            {
                table.TryAdd(NameFolding.Words(phrase), true);
            }
        }

        return table;
    }

    private static string Read(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Bolwerk.Sanctions.Names." + file)
            ?? throw new InvalidOperationException($"embedded name data {file} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class OrgTypesFile
    {
        public List<OrgType> Types { get; set; } = [];
    }

    private sealed class OrgType
    {
        public string? Display { get; set; }

        public string? Compare { get; set; }

        public string? Generic { get; set; }

        public List<string?> Aliases { get; set; } = [];
    }
}
