using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Sharing;

namespace Bolwerk.Host.Sharing;

/// <summary>What taking in a batch did: each object's outcome, and what was changed to make it plain STIX 2.1.</summary>
internal sealed record IntakeResult(IReadOnlyList<StixAddOutcome> Outcomes, IReadOnlyList<string> Changes);

/// <summary>
/// The one way STIX enters the store (CLI import, TAXII POST, TAXII pull): normalised to plain STIX
/// 2.1 with TLP 2.0 (<see cref="StixImport"/>), the TLP 2.0 definitions it uses added so that
/// readers receive them, then stored in one transaction.
/// </summary>
internal sealed class StixIntake(StixObjectStore store, TimeProvider time)
{
    public async Task<IntakeResult> AddAsync(string collectionId, IReadOnlyList<JsonObject> objects, CancellationToken cancellationToken)
    {
        var imported = StixImport.Normalise(objects);
        var batch = imported.Objects.ToList();
        var present = batch.Select(o => o["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        // A partner's bundle may hold anything where a reference goes: only strings count.
        var used = batch.SelectMany(o => (o["object_marking_refs"] as JsonArray ?? []).Select(r => r.Text())
            .Concat((o["granular_markings"] as JsonArray ?? []).Select(g => g.Member("marking_ref").Text()))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        batch.InsertRange(0, Enum.GetValues<Tlp>().Where(t => used.Contains(t.StixMarkingDefinitionId()) && !present.Contains(t.StixMarkingDefinitionId())).Select(StixObjects.MarkingDefinition));
        var outcomes = await store.AddAsync(collectionId, batch, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new IntakeResult(outcomes, imported.Changes);
    }
}
