using System.Globalization;
using System.Text.Json.Nodes;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;

namespace Bolwerk.Information.Networks;

/// <summary>
/// A network as one JSON object: the shape of `fimi detect --format jsonl` (kind, accounts, posts,
/// start, end, score — the contract — then edges, kinds, meanDeltaSeconds, topItems, timeline,
/// exampleTexts, links (account pairs with the items they co-shared), disarm,
/// parameters), of the stored networks and of the API, and back.
/// </summary>
public static class NetworkJson
{
    /// <summary>The network's object; <paramref name="parameters"/> (effective run parameters) is attached as given.</summary>
    public static JsonObject Write(CoordinatedNetwork n, DisarmFramework disarm, JsonNode? parameters)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new JsonObject
        {
            ["kind"] = n.Kind.Name(),
            ["accounts"] = Strings(n.Accounts),
            ["posts"] = Strings(n.Posts),
            ["start"] = Iso(n.Start),
            ["end"] = Iso(n.End),
            ["score"] = n.Score,
            ["edges"] = n.Edges,
            ["kinds"] = Strings(n.Kinds.Select(k => k.Name())),
            ["meanDeltaSeconds"] = n.MeanDeltaSeconds,
            ["topItems"] = new JsonArray([.. n.TopItems.Select(t => (JsonNode)new JsonObject { ["item"] = t.Item, ["accountPairs"] = t.Pairs })]),
            ["timeline"] = new JsonArray([.. (n.Timeline ?? []).Select(t => (JsonNode)new JsonObject { ["hour"] = Iso(t.Hour), ["posts"] = t.Posts })]),
            ["exampleTexts"] = Strings(n.ExampleTexts ?? []),
            ["links"] = new JsonArray([.. (n.Links ?? []).Select(l => (JsonNode)new JsonObject { ["a"] = l.A, ["b"] = l.B, ["items"] = l.Items })]),
            ["disarm"] = new JsonArray([.. DisarmSuggestions.For(n, disarm).Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Technique.Id, ["name"] = d.Technique.Name, ["tactic"] = d.Technique.TacticId, ["inferred"] = true, ["reason"] = d.Reason,
                ["countermeasures"] = Strings(d.Countermeasures.Select(c => c.Id)),
            })]),
            ["parameters"] = parameters?.DeepClone(),
        };
    }

    /// <summary>The network back from its object (what detection computed; the DISARM suggestions are recomputed from it).</summary>
    public static CoordinatedNetwork Read(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var kinds = Texts(o["kinds"]).Select(k => CoordinationKinds.TryParse(k, out var kind) ? kind : throw new FormatException($"kind '{k}' is not a coordination signal")).ToList();
        return new CoordinatedNetwork(
            CoordinationKinds.TryParse(o["kind"]!.GetValue<string>(), out var main) ? main : throw new FormatException($"kind '{o["kind"]}' is not a coordination signal"),
            Texts(o["accounts"]), Texts(o["posts"]),
            DateTimeOffset.Parse(o["start"]!.GetValue<string>(), CultureInfo.InvariantCulture), DateTimeOffset.Parse(o["end"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            o["score"]!.GetValue<double>(), o["edges"]?.GetValue<int>() ?? 0,
            [.. (o["topItems"] as JsonArray ?? []).Select(t => (t!["item"]!.GetValue<string>(), t["accountPairs"]!.GetValue<int>()))],
            kinds, o["meanDeltaSeconds"]?.GetValue<double>() ?? 0,
            [.. (o["timeline"] as JsonArray ?? []).Select(t => (DateTimeOffset.Parse(t!["hour"]!.GetValue<string>(), CultureInfo.InvariantCulture), t["posts"]!.GetValue<int>()))],
            Texts(o["exampleTexts"]),
            [.. (o["links"] as JsonArray ?? []).Select(l => (l!["a"]!.GetValue<string>(), l["b"]!.GetValue<string>(), l["items"]!.GetValue<int>()))]);
    }

    private static List<string> Texts(JsonNode? node) => [.. (node as JsonArray ?? []).Select(x => x!.GetValue<string>())];

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
