using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Information.Disarm;

/// <summary>A DISARM red-framework technique (T0049, T0049.003 …).</summary>
/// <param name="Id">The DISARM id. DISARM's STIX files the id under <c>source_name: "mitre-attack"</c>; it is a DISARM id, never an ATT&amp;CK one.</param>
/// <param name="Name">Name.</param>
/// <param name="TacticId">The tactic (TA01 …).</param>
/// <param name="Description">Summary.</param>
/// <param name="StixId">The attack-pattern's STIX id in DISARM.json.</param>
public sealed record DisarmTechnique(string Id, string Name, string TacticId, string Description, string StixId)
{
    /// <summary>A sub-technique (T0049.003) rather than a technique.</summary>
    public bool IsSubTechnique => Id.Contains('.', StringComparison.Ordinal);

    /// <summary>The page of the technique in the DISARM framework.</summary>
    public Uri Url => new($"https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/{Id}.md");
}

/// <summary>A DISARM tactic.</summary>
public sealed record DisarmTactic(string Id, string Name, string ShortName);

/// <summary>A DISARM blue-framework countermeasure (C00xxx).</summary>
public sealed record DisarmCountermeasure(string Id, string Name, string Summary, string Tactic, string ResponseType, string MetaTechnique);

/// <summary>
/// The DISARM red framework (techniques and tactics, from the machine-readable DISARM.json) and
/// blue framework (countermeasures) with the framework's countermeasure → technique links. The
/// link table was drawn against v0.x technique ids: most of them (42 of 68) no longer exist, and
/// those are kept apart as <see cref="RetiredLinks"/> rather than shown as suggestions or errors.
/// </summary>
public sealed class DisarmFramework
{
    private static readonly Lazy<DisarmFramework> Shipped = new(Load);

    private DisarmFramework(IReadOnlyDictionary<string, DisarmTechnique> techniques, IReadOnlyDictionary<string, DisarmTactic> tactics,
        IReadOnlyDictionary<string, DisarmCountermeasure> countermeasures, IReadOnlyList<(string Counter, string Technique)> links)
    {
        Techniques = techniques;
        Tactics = tactics;
        Countermeasures = countermeasures;
        Links = [.. links.Where(l => techniques.ContainsKey(l.Technique) && countermeasures.ContainsKey(l.Counter))];
        RetiredLinks = [.. links.Where(l => !techniques.ContainsKey(l.Technique))];
    }

    /// <summary>The shipped framework (data/disarm, DISARM Foundation, CC BY-SA 4.0).</summary>
    public static DisarmFramework Default => Shipped.Value;

    /// <summary>Techniques and sub-techniques by id.</summary>
    public IReadOnlyDictionary<string, DisarmTechnique> Techniques { get; }

    /// <summary>Tactics by id.</summary>
    public IReadOnlyDictionary<string, DisarmTactic> Tactics { get; }

    /// <summary>Countermeasures by id.</summary>
    public IReadOnlyDictionary<string, DisarmCountermeasure> Countermeasures { get; }

    /// <summary>Countermeasure → technique links whose technique exists in the current framework.</summary>
    public IReadOnlyList<(string Counter, string Technique)> Links { get; }

    /// <summary>Links to technique ids the current framework no longer has (v0.x ids such as T0001).</summary>
    public IReadOnlyList<(string Counter, string Technique)> RetiredLinks { get; }

    /// <summary>The countermeasures linked to <paramref name="techniqueId"/> or, for a sub-technique without links of its own, to its parent technique.</summary>
    public IReadOnlyList<DisarmCountermeasure> CountermeasuresFor(string techniqueId)
    {
        ArgumentNullException.ThrowIfNull(techniqueId);
        var direct = Links.Where(l => l.Technique == techniqueId).Select(l => Countermeasures[l.Counter]).ToList();
        var parent = techniqueId.Split('.')[0];
        return direct.Count > 0 || parent == techniqueId ? direct : [.. Links.Where(l => l.Technique == parent).Select(l => Countermeasures[l.Counter])];
    }

    private static DisarmFramework Load()
    {
        using var bundle = JsonDocument.Parse(Resource("Bolwerk.Information.Disarm.json"));
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        string? External(JsonElement o, string source) => o.TryGetProperty("external_references", out var refs)
            ? refs.EnumerateArray().Where(r => r.TryGetProperty("source_name", out var s) && s.GetString() == source).Select(r => r.GetProperty("external_id").GetString()).FirstOrDefault()
            : null;

        var tactics = objects.Where(o => o.GetProperty("type").GetString() == "x-mitre-tactic")
            .Select(o => new DisarmTactic(External(o, "DISARM")!, o.GetProperty("name").GetString()!, o.GetProperty("x_mitre_shortname").GetString()!))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        var byShortName = tactics.Values.ToDictionary(t => t.ShortName, t => t.Id, StringComparer.Ordinal);
        var techniques = objects.Where(o => o.GetProperty("type").GetString() == "attack-pattern").Select(o =>
        {
            var phase = o.GetProperty("kill_chain_phases")[0].GetProperty("phase_name").GetString()!;
            return new DisarmTechnique(External(o, "mitre-attack")!, o.GetProperty("name").GetString()!, byShortName[phase],
                o.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty, o.GetProperty("id").GetString()!);
        }).ToDictionary(t => t.Id, StringComparer.Ordinal);

        var countermeasures = new Dictionary<string, DisarmCountermeasure>(StringComparer.Ordinal);
        using (var csv = new CsvReader(new StringReader(Resource("Bolwerk.Information.DisarmCountermeasures.csv")), new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                var c = new DisarmCountermeasure(csv.GetField("disarm_id")!, csv.GetField("name")!, csv.GetField("summary") ?? string.Empty, csv.GetField("tactic") ?? string.Empty,
                    csv.GetField("responsetype") ?? string.Empty, csv.GetField("metatechnique") ?? string.Empty);
                countermeasures[c.Id] = c;
            }
        }

        var links = Resource("Bolwerk.Information.DisarmCounterTechnique.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Trim().Split(',')).Where(f => f.Length >= 2).Select(f => (f[0], f[1])).Distinct().ToList();
        return new DisarmFramework(techniques, tactics, countermeasures, links);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
