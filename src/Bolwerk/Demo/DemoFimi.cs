using System.Text.Json.Nodes;
using Bolwerk.Host.Fimi;
using Bolwerk.Host.Sharing;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Sharing;
using Bolwerk.Information.Simulation;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Sharing;

namespace Bolwerk.Host.Demo;

/// <summary>
/// The FIMI part of the demo: a simulated corpus (organic background with planted groups, fixed
/// seed; synthetic, labelled so) run through the real detection, stored as a run owned by NCTV at
/// TLP:GREEN, and its STIX export in a TAXII collection "fimi-demo" shared at GREEN, so the API and
/// /taxii2/ have something to show. Loaded once: a second demo start finds the collection.
/// </summary>
internal sealed class DemoFimi(StoredFimiRuns runs, StixObjectStore stix, StixIntake intake, TimeProvider time)
{
    public const string Collection = "fimi-demo";

    /// <summary>Networks stored, or 0 when the demo data was loaded before.</summary>
    public async Task<int> LoadAsync(CancellationToken ct)
    {
        if (await stix.FindCollectionAsync(Collection, ct) is not null)
        {
            return 0;
        }

        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 20_000, OrganicAccounts = 2_000, GroupsPerKind = 2, Seed = 20261129 });
        var options = new DetectionOptions();
        var result = CoordinationDetector.Detect(corpus.Posts, options);
        var parameters = new JsonObject { ["windowSeconds"] = options.Window.TotalSeconds, ["minWeight"] = options.MinWeight, ["similarity"] = options.Similarity, ["source"] = "bolwerk demo: simulated posts, not real accounts" };
        await runs.SaveAsync(result, parameters, [new RunInput("simulated (demo)", "-", "Simulated", corpus.Posts.Count, 0)], corpus.Posts.Count, "demo", "nctv", Tlp.Green, ct);
        var collection = await stix.CreateCollectionAsync(Collection, "FIMI networks (demo, simulated)", "Coordinated networks detected in a simulated corpus; shared at TLP:GREEN.", "nctv", Tlp.Green, time.GetUtcNow(), ct);
        var bundle = NetworkStixExport.Bundle(result.Networks, "NCTV (demo)", Tlp.Green, time.GetUtcNow(), DisarmFramework.Default, parameters.ToJsonString());
        await intake.AddAsync(collection.Id, StixBundleReader.Parse(bundle, "demo export"), ct);
        return result.Networks.Count;
    }
}
