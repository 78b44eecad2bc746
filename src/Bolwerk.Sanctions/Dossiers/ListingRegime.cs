using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bolwerk.Sanctions.Dossiers;

/// <summary>One listing criterion of a regime, paraphrased for drafting (the legal text is in the Official Journal).</summary>
public sealed class ListingCriterion
{
    /// <summary>Short id used in proposals ("sabotage").</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Where the criterion comes from.</summary>
    public string Provision { get; set; } = string.Empty;

    /// <summary>The criterion in words.</summary>
    public string Text { get; set; } = string.Empty;
}

/// <summary>
/// A sanctions regime a listing can be proposed under: legal acts, measures, procedure and listing
/// criteria, from data/sanctions/regimes/*.yaml (embedded): the EU hybrid-threats regime
/// (EU-RUSDA, Reg. 2024/2642) and the EU cyber regime (EU-CYB, Reg. 2019/796).
/// </summary>
public sealed class ListingRegime
{
    private static readonly Lazy<IReadOnlyList<ListingRegime>> Shipped = new(Load);

    /// <summary>Programme key ("EU-RUSDA").</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The programme code in the EU Financial Sanctions Files ("RUSDA").</summary>
    public string FsfProgramme { get; set; } = string.Empty;

    /// <summary>Full title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The Council decision and regulation.</summary>
    public List<string> LegalActs { get; set; } = [];

    /// <summary>Restrictive measures applied to a listed party.</summary>
    public List<string> Measures { get; set; } = [];

    /// <summary>How a listing is decided.</summary>
    public string Procedure { get; set; } = string.Empty;

    /// <summary>For the cyber regime: what makes an effect significant.</summary>
    public List<string> SignificantEffectFactors { get; set; } = [];

    /// <summary>The listing criteria.</summary>
    public List<ListingCriterion> Criteria { get; set; } = [];

    /// <summary>The regimes shipped with Bolwerk.</summary>
    public static IReadOnlyList<ListingRegime> All => Shipped.Value;

    /// <summary>The regime with key (or FSF code) <paramref name="key"/>, case-insensitive.</summary>
    public static ListingRegime? Find(string key) =>
        All.FirstOrDefault(r => r.Key.Equals(key, StringComparison.OrdinalIgnoreCase) || r.FsfProgramme.Equals(key, StringComparison.OrdinalIgnoreCase));

    private static List<ListingRegime> Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Bolwerk.Sanctions.Regimes.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return yaml.Deserialize<ListingRegime>(reader);
            })];
    }
}
