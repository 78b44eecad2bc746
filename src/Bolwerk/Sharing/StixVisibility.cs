using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Sharing;
using Bolwerk.Storage.Sharing;

namespace Bolwerk.Host.Sharing;

/// <summary>One object version a reader may receive, with when the collection got it.</summary>
internal sealed record VisibleObject(JsonObject Object, string Id, string Type, string Version, string SpecVersion, DateTimeOffset DateAdded);

/// <summary>
/// What a reader of a collection may receive: members of the owning organisation up to
/// AMBER+STRICT, everyone else up to the collection's share TLP; RED never leaves through a
/// collection (it is for named people, not machines). Unmarked objects count as AMBER. Enforcement
/// is <see cref="RecipientFilter"/> over the whole collection, with the ids held above the ceiling
/// anywhere else in the store, so paging, manifests and version lists all see the same graph.
/// That costs a pass over the collection, so the result is kept per collection and ceiling until
/// the store's change token moves (a pull of N pages filters once, not N times).
/// </summary>
internal sealed class StixVisibility(StixObjectStore store)
{
    private readonly ConcurrentDictionary<(string Collection, Tlp Ceiling), (string Token, IReadOnlyList<VisibleObject> Objects)> _cache = new();

    /// <summary>What an object without any TLP marking counts as.</summary>
    public const Tlp Unmarked = Tlp.Amber;

    public static Tlp CeilingFor(Principal principal, TaxiiCollectionInfo collection) =>
        string.Equals(principal.OrganisationId, collection.OwnerOrganisation, StringComparison.Ordinal) ? Tlp.AmberStrict : collection.ShareTlp;

    public async Task<IReadOnlyList<VisibleObject>> VisibleAsync(TaxiiCollectionInfo collection, Tlp ceiling, CancellationToken cancellationToken)
    {
        var token = await store.ChangeTokenAsync(cancellationToken).ConfigureAwait(false);
        if (_cache.TryGetValue((collection.Id, ceiling), out var cached) && cached.Token == token)
        {
            return cached.Objects;
        }

        var visible = await ComputeAsync(collection, ceiling, cancellationToken).ConfigureAwait(false);
        _cache[(collection.Id, ceiling)] = (token, visible);
        return visible;
    }

    /// <summary>
    /// Every stored version in a collection, and what a recipient at <paramref name="ceiling"/> may
    /// receive of them — references into the rest of the store included (the one filtering pass that
    /// TAXII reads, `stix export` and `taxii push` share).
    /// </summary>
    public static async Task<(IReadOnlyList<StoredStixObject> Rows, SharedObjects Shared)> FilterAsync(StixObjectStore store, TaxiiCollectionInfo collection, Tlp ceiling, Tlp unmarked, CancellationToken cancellationToken)
    {
        var rows = await store.ObjectsAsync(collection.Id, cancellationToken).ConfigureAwait(false);
        var held = await store.HeldAboveAsync(ceiling, unmarked, cancellationToken).ConfigureAwait(false);
        return (rows, RecipientFilter.Apply([.. rows.Select(r => JsonNode.Parse(r.Body)!.AsObject())], ceiling, unmarked, held));
    }

    private async Task<IReadOnlyList<VisibleObject>> ComputeAsync(TaxiiCollectionInfo collection, Tlp ceiling, CancellationToken cancellationToken)
    {
        var (rows, shared) = await FilterAsync(store, collection, ceiling, Unmarked, cancellationToken).ConfigureAwait(false);
        var visible = new List<VisibleObject>(shared.Objects.Count);
        for (var i = 0; i < shared.Objects.Count; i++)
        {
            // A TLP definition the filter wrote itself was never added to this collection: readers know the OASIS ids.
            if (shared.Sources[i] is var source and >= 0)
            {
                var row = rows[source];
                visible.Add(new VisibleObject(shared.Objects[i], row.Id, row.Type, row.Version, row.SpecVersion, row.DateAdded));
            }
        }

        visible.Sort((a, b) => a.DateAdded.CompareTo(b.DateAdded));
        return visible;
    }
}
