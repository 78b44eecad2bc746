using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Networks;
using Bolwerk.Information.Sharing;
using Bolwerk.Marking;
using Bolwerk.Storage.Fimi;

namespace Bolwerk.Host.Fimi;

/// <summary>One input file of a run: what it was and what was read from it.</summary>
internal sealed record RunInput(string File, string Sha256, string Format, int Posts, int Skipped);

/// <summary>A stored network with the analysts' decisions on it.</summary>
internal sealed record TaggedNetwork(StoredFimiNetwork Stored, CoordinatedNetwork Network, IReadOnlyList<TechniqueTag> History)
{
    public IReadOnlyList<TechniqueTag> Current => TechniqueTag.Current(History);

    /// <summary>The confirmed techniques as a case takes them over: confirmed, with the note, and this network as the source.</summary>
    public IReadOnlyList<(string Technique, bool Confirmed, string? Note, string? Source)> ForCase() =>
        [.. Current.Where(t => t.Confirmed).Select(t => (t.Technique, true, t.Note, (string?)$"fimi network {Stored.Id}"))];
}

/// <summary>
/// Detection runs kept for analysts (CLI `fimi detect --store`, `fimi tag`, `fimi export --run`, and
/// the API): networks stored as detected with stable ids, DISARM decisions validated against the
/// framework and appended, and the STIX export of a run with its confirmed techniques.
/// </summary>
internal sealed class StoredFimiRuns(FimiRunStore store, TimeProvider clock)
{
    public async Task<StoredFimiRun> SaveAsync(DetectionResult result, JsonNode parameters, IReadOnlyList<RunInput> inputs, int posts, string createdBy, string ownerOrganisation, Tlp tlp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"fimi-{now:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
        var run = new StoredFimiRun(id, now, createdBy, ownerOrganisation, (int)tlp, parameters.ToJsonString(),
            new JsonArray([.. inputs.Select(i => (JsonNode)new JsonObject { ["file"] = i.File, ["sha256"] = i.Sha256, ["format"] = i.Format, ["posts"] = i.Posts, ["skipped"] = i.Skipped })]).ToJsonString(),
            posts, result.Networks.Count);
        var networks = result.Networks.Select((n, i) => new StoredFimiNetwork(NetworkId(id, n), id, i + 1, n.Kind.Name(), n.Accounts.Count, n.Score, n.Start, n.End,
            NetworkJson.Write(n, DisarmFramework.Default, parameters).ToJsonString())).ToList();
        await store.SaveAsync(run, networks, ct).ConfigureAwait(false);
        return run;
    }

    public Task<IReadOnlyList<StoredFimiRun>> RunsAsync(CancellationToken ct) => store.RunsAsync(ct);

    public Task<StoredFimiRun?> RunAsync(string id, CancellationToken ct) => store.RunAsync(id, ct);

    /// <summary>The networks of a run with their tag histories.</summary>
    public async Task<IReadOnlyList<TaggedNetwork>> NetworksAsync(string runId, CancellationToken ct)
    {
        var tags = (await store.TagsAsync(runId, null, ct).ConfigureAwait(false)).ToLookup(t => t.NetworkId);
        return [.. (await store.NetworksAsync(runId, ct).ConfigureAwait(false)).Select(n => Tagged(n, tags[n.Id]))];
    }

    /// <summary>One network with its run and tag history, or null.</summary>
    public async Task<(StoredFimiRun Run, TaggedNetwork Network)?> NetworkAsync(string id, CancellationToken ct)
    {
        if (await store.NetworkAsync(id, ct).ConfigureAwait(false) is not { } stored || await store.RunAsync(stored.RunId, ct).ConfigureAwait(false) is not { } run)
        {
            return null;
        }

        return (run, Tagged(stored, await store.TagsAsync(stored.RunId, id, ct).ConfigureAwait(false)));
    }

    /// <summary>Records an analyst's decision; throws <see cref="ArgumentException"/> naming why a technique id cannot be used.</summary>
    public async Task<TechniqueTag> TagAsync(string networkId, string technique, bool confirmed, string analyst, string? note, CancellationToken ct)
    {
        if (TechniqueValidation.Problem(technique, DisarmFramework.Default) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        var tag = await store.TagAsync(networkId, technique, confirmed, analyst, clock.GetUtcNow(), note, ct).ConfigureAwait(false);
        return new TechniqueTag(tag.Technique, tag.Confirmed, tag.Analyst, tag.At, tag.Note);
    }

    /// <summary>The run's networks as STIX 2.1 at <paramref name="tlp"/> (never below the run's own marking): confirmed techniques as confirmed, rejected ones left out.</summary>
    public async Task<string> StixAsync(StoredFimiRun run, Tlp tlp, string producer, CancellationToken ct)
    {
        if (tlp < (Tlp)run.Tlp)
        {
            throw new ArgumentException($"run {run.Id} is {((Tlp)run.Tlp).ToLabel()}; exporting it as {tlp.ToLabel()} would lower its marking");
        }

        var networks = await NetworksAsync(run.Id, ct).ConfigureAwait(false);
        var byNetwork = new Dictionary<CoordinatedNetwork, IReadOnlyList<TechniqueTag>>(ReferenceEqualityComparer.Instance);
        foreach (var n in networks)
        {
            byNetwork[n.Network] = n.Current;
        }

        return NetworkStixExport.Bundle([.. networks.Select(n => n.Network)], producer, tlp, clock.GetUtcNow(), DisarmFramework.Default, run.Parameters,
            n => byNetwork.TryGetValue(n, out var tags) ? tags : []);
    }

    public static ObjectMarking Marking(StoredFimiRun run) => new((Tlp)run.Tlp, run.OwnerOrganisation, [], []);

    private static TaggedNetwork Tagged(StoredFimiNetwork stored, IEnumerable<StoredFimiTag> tags) =>
        new(stored, NetworkJson.Read(JsonNode.Parse(stored.Body)!.AsObject()), [.. tags.Select(t => new TechniqueTag(t.Technique, t.Confirmed, t.Analyst, t.At, t.Note))]);

    // Stable within a run: the same run stores the same network under the same id.
    private static string NetworkId(string runId, CoordinatedNetwork n) =>
        "net-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{runId}|{n.Kind.Name()}|{string.Join(',', n.Accounts)}")))[..16];
}
