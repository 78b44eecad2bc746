using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Sharing;
using static Bolwerk.Sharing.StixObjects;

namespace Bolwerk.Response.Sharing;

/// <summary>
/// A case as a STIX 2.1 bundle for partners and the FIMI sharing pipeline: the owner as an
/// identity, the incident, each attributed actor as a threat-actor linked by attributed-to (with the
/// yardstick confidence mapped to STIX confidence), the incident type's attack pattern, a sighting
/// of the actor per alert-borne evidence, every evidence item and decision as a note, and the TLP 2.0
/// marking definitions used. With a ceiling, nothing marked above it is exported; the bundle never
/// holds an object whose marking it does not also carry.
/// </summary>
public static class CaseStixExport
{
    /// <summary>The bundle as JSON (indented).</summary>
    /// <param name="caseFile">The case.</param>
    /// <param name="ceiling">Nothing marked above it is written (null: everything).</param>
    /// <param name="disarm">Resolves a DISARM technique id to its STIX id, name and page, for the techniques confirmed on the case (null: written under their ids only).</param>
    public static string Bundle(CaseFile caseFile, Tlp? ceiling, Func<string, DisarmReference?>? disarm = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var c = caseFile;
        if (ceiling is { } limit && c.Tlp > limit)
        {
            throw new CaseRuleException($"case {c.Id} is marked {c.Tlp.ToLabel()}: it cannot be shared at {limit.ToLabel()}");
        }

        var created = Timestamp(c.Events[0].At);
        var modified = Timestamp(c.Events[^1].At);
        var owner = StixIds.For("identity", "organisation:" + c.OwnerOrganisation);
        var incident = StixIds.For("incident", c.Id);
        var objects = new JsonArray();
        var usedMarkings = new HashSet<Tlp> { c.Tlp };

        objects.Add(Create("identity", owner, created, created, c.Tlp, null, new() { ["name"] = c.OwnerOrganisation, ["identity_class"] = "organization" }));
        objects.Add(Create("incident", incident, created, modified, c.Tlp, owner, new()
        {
            ["name"] = c.Title,
            ["description"] = $"{c.Type.Name()} ({c.Domain}){(c.Place is null ? string.Empty : " at " + c.Place)}{(c.OccurredAt is { } at ? ", " + Timestamp(at) : string.Empty)}; affected: {string.Join(", ", c.AffectedAssets.Concat(c.Sectors))}; state {c.State.Name()}",
            ["labels"] = new JsonArray(c.Type.Name(), c.Domain),
            ["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "bolwerk", ["external_id"] = c.Id }),
        }));

        var pattern = StixIds.For("attack-pattern", "incident-type:" + c.Type.Name());
        objects.Add(Create("attack-pattern", pattern, created, created, c.Tlp, owner, new() { ["name"] = AttackPatternName(c.Type) }));
        objects.Add(Relationship("uses", incident, pattern, c.Tlp, owner, created, null));

        // A FIMI campaign is also exchanged as a STIX campaign (what OpenCTI and DISINFOX users look for), related to the incident.
        string? campaign = null;
        if (c.Type == IncidentType.FimiCampaign)
        {
            campaign = StixIds.For("campaign", c.Id);
            objects.Add(Create("campaign", campaign, created, modified, c.Tlp, owner, new()
            {
                ["name"] = c.Title,
                ["first_seen"] = c.OccurredAt is { } first ? Timestamp(first) : created,
                ["objective"] = $"information manipulation against {string.Join(", ", c.AffectedAssets.Concat(c.Sectors).DefaultIfEmpty(c.Domain))}",
            }));
            objects.Add(Relationship("uses", campaign, pattern, c.Tlp, owner, created, null));
            objects.Add(Relationship("related-to", incident, campaign, c.Tlp, owner, created, null));
        }

        foreach (var actor in c.Attributions.GroupBy(a => (a.ActorKind, a.Actor)))
        {
            var latest = actor.Last();
            var actorId = StixIds.For("threat-actor", $"{c.Id}:{latest.ActorKind}:{latest.Actor}");
            objects.Add(Create("threat-actor", actorId, Timestamp(actor.First().At), Timestamp(latest.At), c.Tlp, owner, new()
            {
                ["name"] = latest.Actor,
                ["threat_actor_types"] = new JsonArray(latest.ActorKind == ActorKind.State ? "nation-state" : "unknown"),
                ["description"] = $"{latest.ActorKind.ToString().ToLowerInvariant()}; {latest.Confidence.Describe()}; basis: {latest.Basis}{(latest.Dissent is null ? string.Empty : "; dissent: " + latest.Dissent)}",
            }));
            objects.Add(Relationship("attributed-to", incident, actorId, c.Tlp, owner, Timestamp(latest.At), latest.Confidence.StixConfidence()));
            objects.Add(Relationship("uses", actorId, pattern, c.Tlp, owner, Timestamp(latest.At), null));
            if (campaign is not null)
            {
                objects.Add(Relationship("attributed-to", campaign, actorId, c.Tlp, owner, Timestamp(latest.At), latest.Confidence.StixConfidence()));
            }

            var sighted = c.Evidence.Where(e => e.Source == EvidenceSource.Alert && (ceiling is null || e.Tlp <= ceiling)).ToList();
            if (sighted.Count > 0)
            {
                var tlp = sighted.Max(e => e.Tlp) is var m && m > c.Tlp ? m : c.Tlp;
                usedMarkings.Add(tlp);
                objects.Add(Create("sighting", StixIds.For("sighting", $"{c.Id}:{latest.Actor}"), created, modified, tlp, owner, new()
                {
                    ["sighting_of_ref"] = actorId,
                    ["count"] = sighted.Count,
                    ["first_seen"] = Timestamp(sighted.Min(e => e.Custody[0].At)),
                    ["last_seen"] = Timestamp(sighted.Max(e => e.Custody[0].At)),
                    ["where_sighted_refs"] = new JsonArray(owner),
                    ["description"] = "alerts: " + string.Join(", ", sighted.Select(e => e.Reference)),
                }));
            }
        }

        foreach (var e in c.Evidence.Where(e => ceiling is null || e.Tlp <= ceiling))
        {
            var tlp = e.Tlp;
            usedMarkings.Add(tlp);
            objects.Add(Create("note", StixIds.For("note", $"{c.Id}:{e.Id}"), Timestamp(e.Custody[0].At), Timestamp(e.Custody[^1].At), tlp, owner, new()
            {
                ["abstract"] = $"Evidence {e.Id} ({e.Source.ToString().ToLowerInvariant()}, graded {e.Grade})",
                ["content"] = $"{e.Summary} [reference: {e.Reference}{(e.Sha256 is null ? string.Empty : "; sha256 " + e.Sha256)}; {(e.Releasable ? "releasable" : "not releasable")}]",
                ["object_refs"] = new JsonArray(incident),
                ["confidence"] = e.Grade.StixConfidence,
            }));
        }

        foreach (var (d, i) in c.Decisions.Select((d, i) => (d, i)))
        {
            objects.Add(Create("note", StixIds.For("note", $"{c.Id}:decision:{i}"), Timestamp(d.At), Timestamp(d.At), c.Tlp, owner, new()
            {
                ["abstract"] = $"Decision: {d.OptionId}",
                ["content"] = $"{d.Rationale} Decided by {d.Decider}; partners: {string.Join(", ", d.Partners)}.",
                ["object_refs"] = new JsonArray(incident),
            }));
        }

        // DISARM techniques an analyst confirmed for the case: "uses" from the incident, with who, when and why.
        foreach (var t in c.Techniques.Where(t => t.Confirmed))
        {
            var known = disarm?.Invoke(t.Technique);
            var techniqueId = known?.StixId ?? StixIds.For("attack-pattern", "disarm:" + t.Technique);
            objects.Add(DisarmAttackPattern(techniqueId, t.Technique, known?.Name ?? $"DISARM {t.Technique}", known?.Description, known?.Url, created, c.Tlp, owner));
            objects.Add(Relationship("uses", incident, techniqueId, c.Tlp, owner, Timestamp(t.At), 85,
                $"confirmed by {t.By} on {t.At:yyyy-MM-dd}{(t.Source is null ? string.Empty : " from " + t.Source)}{(t.Note is null ? string.Empty : ": " + t.Note)}"));
        }

        foreach (var tlp in usedMarkings.Order())
        {
            objects.Insert(0, MarkingDefinition(tlp));
        }

        var bundle = new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = StixIds.For("bundle", $"{c.Id}:{c.Events.Count}:{ceiling?.ToLabel() ?? "all"}"),
            ["objects"] = objects,
        };
        return bundle.ToJsonString(StixObjects.Json);
    }

    private static string AttackPatternName(IncidentType type) => type switch
    {
        IncidentType.CableSabotage => "Damage to a submarine cable (anchor drag or cutting)",
        IncidentType.PipelineSabotage => "Damage to a pipeline",
        IncidentType.CyberAttack => "Cyber attack on networks or systems",
        IncidentType.FimiCampaign => "Coordinated information manipulation",
        IncidentType.AirspaceViolation => "Airspace violation or drone incursion",
        IncidentType.Espionage => "Espionage",
        IncidentType.EconomicCoercion => "Economic coercion",
        IncidentType.SpaceIncident => "Interference with space systems (jamming, spoofing, close approach)",
        IncidentType.ShadowFleet => "Sanctions evasion at sea",
        _ => "Hostile act",
    };
}
