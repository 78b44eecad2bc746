using System.Text.Json.Nodes;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Networks;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using static Bolwerk.Sharing.StixObjects;

namespace Bolwerk.Information.Sharing;

/// <summary>
/// Detected networks as a STIX 2.1 bundle for partners (EU, G7 RRM, platforms): the producer as an
/// identity; per network an intrusion-set (the coordinated activity cluster, first and last seen),
/// the accounts as user-account observables in an observed-data, a sighting of the intrusion-set
/// on that observed data, a note with the evidence and the effective parameters, and the DISARM
/// techniques suggested for it — DISARM's own attack-pattern objects (same ids as DISARM.json,
/// external id under source "DISARM") linked by "uses" relationships marked inferred; a report
/// holds them all. Every object carries the TLP 2.0 marking, and its marking definition is in the
/// bundle. Ids are name-based, so exporting the same networks again updates a partner's copies.
/// </summary>
public static class NetworkStixExport
{
    /// <summary>The bundle as JSON.</summary>
    /// <param name="networks">The networks.</param>
    /// <param name="producer">The producing organisation.</param>
    /// <param name="tlp">The marking of every object.</param>
    /// <param name="at">The time of the export (created/modified of what it writes).</param>
    /// <param name="disarm">The framework the techniques come from.</param>
    /// <param name="parameters">The effective detection parameters, for the evidence note.</param>
    /// <param name="tags">Analysts' standing decisions per network: confirmed techniques are written as confirmed "uses", rejected suggestions are left out.</param>
    public static string Bundle(IReadOnlyList<CoordinatedNetwork> networks, string producer, Tlp tlp, DateTimeOffset at, DisarmFramework disarm, string parameters, Func<CoordinatedNetwork, IReadOnlyList<TechniqueTag>>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(networks);
        ArgumentNullException.ThrowIfNull(disarm);
        var now = Timestamp(at);
        var identity = StixIds.For("identity", "organisation:" + producer);
        var objects = new JsonArray { MarkingDefinition(tlp) };
        objects.Add(Create("identity", identity, now, now, tlp, null, new() { ["name"] = producer, ["identity_class"] = "organization" }));
        var refs = new List<string> { identity };
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in networks)
        {
            var key = $"fimi:{n.Kind.Name()}:{string.Join(',', n.Accounts)}";
            var (first, last) = (Timestamp(n.Start), Timestamp(n.End));
            var set = StixIds.For("intrusion-set", key);
            objects.Add(Create("intrusion-set", set, now, now, tlp, identity, new()
            {
                ["name"] = $"{n.Kind.Name()} network of {n.Accounts.Count} accounts, {n.Start:yyyy-MM-dd}",
                ["description"] = $"Coordinated behaviour detected by Bolwerk: signals {string.Join(", ", n.Kinds.Select(k => k.Name()))}; {n.Edges} account pairs; score {n.Score:0.00}; mean Δt {n.MeanDeltaSeconds:0.#} s.",
                ["first_seen"] = first,
                ["last_seen"] = last,
            }));
            refs.Add(set);

            var accounts = n.Accounts.Select(a => (Account: a, Id: StixIds.For("user-account", "account:" + a))).ToList();
            foreach (var (account, id) in accounts)
            {
                objects.Add(new JsonObject
                {
                    ["type"] = "user-account", ["spec_version"] = "2.1", ["id"] = id, ["user_id"] = account, ["account_login"] = account,
                    ["object_marking_refs"] = new JsonArray(tlp.StixMarkingDefinitionId()),
                });
            }

            var observed = StixIds.For("observed-data", key);
            objects.Add(Create("observed-data", observed, now, now, tlp, identity, new()
            {
                ["first_observed"] = first,
                ["last_observed"] = last,
                ["number_observed"] = Math.Max(1, n.Posts.Count),
                ["object_refs"] = new JsonArray([.. accounts.Select(a => (JsonNode)JsonValue.Create(a.Id)!)]),
            }));
            objects.Add(Create("sighting", StixIds.For("sighting", key), now, now, tlp, identity, new()
            {
                ["sighting_of_ref"] = set,
                ["observed_data_refs"] = new JsonArray(observed),
                ["where_sighted_refs"] = new JsonArray(identity),
                ["first_seen"] = first,
                ["last_seen"] = last,
                ["count"] = Math.Max(1, n.Posts.Count),
            }));
            objects.Add(Create("note", StixIds.For("note", key), now, now, tlp, identity, new()
            {
                ["abstract"] = "Evidence and parameters",
                ["content"] = $"Posts: {string.Join(' ', n.Posts.Take(50))}{(n.Posts.Count > 50 ? $" … ({n.Posts.Count} in all)" : string.Empty)}. Most co-shared: {string.Join("; ", n.TopItems.Select(t => $"{t.Item} ({t.Pairs} account pairs)"))}.{(n.ExampleTexts is { Count: > 0 } texts ? $" Example texts: {string.Join(" | ", texts)}." : string.Empty)} Active hours (UTC): {string.Join(", ", (n.Timeline ?? []).Select(t => $"{t.Hour:yyyy-MM-dd HH}h {t.Posts}"))}. Parameters: {parameters}",
                ["object_refs"] = new JsonArray(set, observed),
            }));
            refs.AddRange([observed, StixIds.For("sighting", key), StixIds.For("note", key), .. accounts.Select(a => a.Id)]);

            // The links a co-link network pushed are its indicators: a partner's sensors can watch for them.
            foreach (var link in n.TopItems.Where(t => t.Item.StartsWith("link:", StringComparison.Ordinal)).Select(t => t.Item["link:".Length..]))
            {
                var indicator = StixIds.For("indicator", "fimi-link:" + link);
                if (indicators.Add(indicator))
                {
                    objects.Add(Create("indicator", indicator, now, now, tlp, identity, new()
                    {
                        ["name"] = $"Link pushed by coordinated accounts: {link}",
                        ["indicator_types"] = new JsonArray("anomalous-activity"),
                        ["pattern"] = $"[url:value = '{link.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']",
                        ["pattern_type"] = "stix",
                        ["valid_from"] = first,
                    }));
                    refs.Add(indicator);
                }

                var indicates = Relationship("indicates", indicator, set, tlp, identity, now, null);
                objects.Add(indicates);
                refs.Add(indicates["id"]!.GetValue<string>());
            }

            var decided = tags?.Invoke(n) ?? [];
            var rejected = decided.Where(d => !d.Confirmed).Select(d => d.Technique).ToHashSet(StringComparer.Ordinal);
            var uses = DisarmSuggestions.For(n, disarm).Where(s => !rejected.Contains(s.Technique.Id))
                .Select(s => (s.Technique, Text: $"inferred by Bolwerk ({s.Reason}); not confirmed by an analyst", Confidence: (int?)null)).ToList();
            foreach (var confirmed in decided.Where(d => d.Confirmed && disarm.Techniques.ContainsKey(d.Technique)))
            {
                uses.RemoveAll(u => u.Technique.Id == confirmed.Technique);
                uses.Add((disarm.Techniques[confirmed.Technique], $"confirmed by {confirmed.Analyst} on {confirmed.At:yyyy-MM-dd}{(confirmed.Note is null ? string.Empty : ": " + confirmed.Note)}", 85));
            }

            foreach (var (t, text, confidence) in uses)
            {
                if (patterns.Add(t.StixId))
                {
                    objects.Add(DisarmAttackPattern(t.StixId, t.Id, t.Name, t.Description, t.Url, now, tlp, identity));
                    refs.Add(t.StixId);
                }

                var relationship = Relationship("uses", set, t.StixId, tlp, identity, now, confidence, text);
                objects.Add(relationship);
                refs.Add(relationship["id"]!.GetValue<string>());
            }
        }

        var reportId = StixIds.For("report", $"fimi:{producer}:{now}:{networks.Count}");
        objects.Add(Create("report", reportId, now, now, tlp, identity, new()
        {
            ["name"] = $"Coordinated behaviour: {networks.Count} networks",
            ["report_types"] = new JsonArray("threat-actor", "observed-data"),
            ["published"] = now,
            ["object_refs"] = new JsonArray([.. refs.Select(r => (JsonNode)JsonValue.Create(r)!)]),
        }));

        var bundle = new JsonObject { ["type"] = "bundle", ["id"] = StixIds.For("bundle", reportId), ["objects"] = objects };
        return bundle.ToJsonString(StixObjects.Json);
    }
}
