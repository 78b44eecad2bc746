using System.Reflection;
using Bolwerk.Grading;
using Bolwerk.Response.Cases;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bolwerk.Response.Toolbox;

/// <summary>A toolbox file that cannot be used: the entry (or line) and the problem.</summary>
public sealed class ResponseCatalogueException : Exception
{
    /// <summary>Creates the error.</summary>
    public ResponseCatalogueException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public ResponseCatalogueException()
    {
    }

    /// <summary>Creates an error with its cause.</summary>
    public ResponseCatalogueException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// The response toolbox, read from YAML and validated as a whole: unknown fields, a missing legal
/// basis, decision-maker or rule, unknown values, duplicate ids and gaps in the escalation ladder
/// (levels not 0, 1, 2 …, an option on a level the ladder lacks, a level with no option) are errors
/// naming the entry. The shipped catalogue (data/response-options.yaml) is embedded.
/// </summary>
public sealed class ResponseCatalogue
{
    private static readonly Lazy<ResponseCatalogue> Shipped = new(() =>
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Bolwerk.Response.ResponseOptions.yaml")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/response-options.yaml");
    });

    private static readonly HashSet<string> Rules = ["national", "eu-unanimity", "eu-qualified-majority", "nato-consensus", "independent-prosecutor"];
    private static readonly HashSet<string> Categories = ["preventive", "cooperative", "stability", "restrictive", "support-to-lawful-responses"];

    private ResponseCatalogue(string version, IReadOnlyList<LadderLevel> ladder, IReadOnlyList<ResponseOption> options)
    {
        Version = version;
        Ladder = ladder;
        Options = options;
    }

    /// <summary>The catalogue shipped with Bolwerk.</summary>
    public static ResponseCatalogue Default => Shipped.Value;

    /// <summary>Version (date) of the catalogue.</summary>
    public string Version { get; }

    /// <summary>The escalation ladder, lowest first.</summary>
    public IReadOnlyList<LadderLevel> Ladder { get; }

    /// <summary>The options, in file order.</summary>
    public IReadOnlyList<ResponseOption> Options { get; }

    /// <summary>The option with <paramref name="id"/>, or null.</summary>
    public ResponseOption? Find(string id) => Options.FirstOrDefault(o => o.Id == id);

    /// <summary>Reads a catalogue file.</summary>
    public static ResponseCatalogue Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates catalogue YAML; <paramref name="name"/> names it in errors.</summary>
    public static ResponseCatalogue Parse(string yaml, string name)
    {
        CatalogueFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<CatalogueFile>(yaml)
                ?? throw new ResponseCatalogueException($"{name}: the file is empty");
        }
        catch (YamlException e)
        {
            throw new ResponseCatalogueException($"{name}: line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}", e);
        }

        var ladder = file.Ladder.OrderBy(l => l.Level).Select(l => new LadderLevel(l.Level, l.Name ?? throw new ResponseCatalogueException($"{name}: ladder level {l.Level} has no name"))).ToList();
        for (var i = 0; i < ladder.Count; i++)
        {
            if (ladder[i].Level != i)
            {
                throw new ResponseCatalogueException($"{name}: the escalation ladder has a gap: level {i} is missing (levels must be 0, 1, 2 … without gaps)");
            }
        }

        var options = new List<ResponseOption>();
        foreach (var o in file.Options)
        {
            var id = string.IsNullOrWhiteSpace(o.Id) ? throw new ResponseCatalogueException($"{name}: option {options.Count + 1} has no id") : o.Id;
            string Need(string? value, string field) =>
                string.IsNullOrWhiteSpace(value) ? throw new ResponseCatalogueException($"{name}: option '{id}': {field} is missing") : value.Trim();

            if (options.Any(x => x.Id == id))
            {
                throw new ResponseCatalogueException($"{name}: option '{id}' is defined twice");
            }

            if (o.Level is not { } level || ladder.All(l => l.Level != level))
            {
                throw new ResponseCatalogueException($"{name}: option '{id}': level {o.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is not on the escalation ladder");
            }

            var rule = Need(o.DecisionRule, "decisionRule");
            if (!Rules.Contains(rule))
            {
                throw new ResponseCatalogueException($"{name}: option '{id}': decisionRule '{rule}' is not one of {string.Join(", ", Rules)}");
            }

            var category = Need(o.Category, "category");
            if (!Categories.Contains(category))
            {
                throw new ResponseCatalogueException($"{name}: option '{id}': category '{category}' is not one of {string.Join(", ", Categories)}");
            }

            options.Add(new ResponseOption(
                id, Need(o.Name, "name"), level, category, Need(o.LegalBasis, "legalBasis"), Need(o.StrategySection, "strategySection"),
                Need(o.DecisionMaker, "decisionMaker"), rule, Attribution(name, id, o.AttributionNeeded), Evidence(name, id, o.EvidenceNeeded),
                [.. o.Targets.Select(t => Enum.TryParse<ActorKind>(t, true, out var kind) ? kind : throw new ResponseCatalogueException($"{name}: option '{id}': target '{t}' is not an actor kind"))],
                [.. o.IncidentTypes.Select(t => IncidentTypes.TryParse(t, out var type) ? type : throw new ResponseCatalogueException($"{name}: option '{id}': incident type '{t}' is unknown"))],
                Need(o.LeadTime, "leadTime"), o.Partners, o.Reversible ?? throw new ResponseCatalogueException($"{name}: option '{id}': reversible is missing"),
                Need(o.Risks, "risks"), string.Equals(o.LegalReview, "pending", StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var rung in ladder.Where(l => options.All(o => o.Level != l.Level)))
        {
            throw new ResponseCatalogueException($"{name}: the escalation ladder has a gap: no option on level {rung.Level} ({rung.Name})");
        }

        return new ResponseCatalogue(file.Version ?? throw new ResponseCatalogueException($"{name}: version is missing"), ladder, options);
    }

    private static Likelihood? Attribution(string name, string id, string? text) => text switch
    {
        null or "none" => null,
        _ => ProbabilityYardstick.TryParseTerm(text, out var term)
            ? term
            : throw new ResponseCatalogueException($"{name}: option '{id}': attributionNeeded '{text}' is not a yardstick term (e.g. likely, highly-likely)"),
    };

    private static EvidenceNeed Evidence(string name, string id, string? text) => text switch
    {
        null or "none" => EvidenceNeed.None,
        "any" => EvidenceNeed.Any,
        "releasable" => EvidenceNeed.Releasable,
        "listing" => EvidenceNeed.Listing,
        _ => throw new ResponseCatalogueException($"{name}: option '{id}': evidenceNeeded '{text}' is not none, any, releasable or listing"),
    };

    private sealed class CatalogueFile
    {
        public string? Version { get; set; }

        public List<LadderEntry> Ladder { get; set; } = [];

        public List<OptionEntry> Options { get; set; } = [];
    }

    private sealed class LadderEntry
    {
        public int Level { get; set; }

        public string? Name { get; set; }
    }

    private sealed class OptionEntry
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public int? Level { get; set; }

        public string? Category { get; set; }

        public string? LegalBasis { get; set; }

        public string? StrategySection { get; set; }

        public string? DecisionMaker { get; set; }

        public string? DecisionRule { get; set; }

        public string? AttributionNeeded { get; set; }

        public string? EvidenceNeeded { get; set; }

        public List<string> Targets { get; set; } = [];

        public List<string> IncidentTypes { get; set; } = [];

        public string? LeadTime { get; set; }

        public List<string> Partners { get; set; } = [];

        public bool? Reversible { get; set; }

        public string? Risks { get; set; }

        public string? LegalReview { get; set; }
    }
}
