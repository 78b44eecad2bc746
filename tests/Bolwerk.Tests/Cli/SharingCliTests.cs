using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Testing.Stix;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk stix import|export` and `bolwerk taxii …` as child processes, against a real server.</summary>
public sealed class SharingCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-sharing-").FullName;

    [Fact]
    public async Task Import_then_export_at_a_TLP_leaves_out_what_the_recipient_may_not_see()
    {
        File.Copy(Path.Combine(StixExamples.Folder, "CONSTRUCTED_opencti_fimi.json"), Path.Combine(_directory, "opencti.json"));
        (await Run("taxii", "add-collection", "--alias", "fimi", "--title", "FIMI", "--org", "nctv", "--share-tlp", "green")).ExitCode.ShouldBe(0);

        var imported = await Run("stix", "import", "--collection", "fimi", "opencti.json");
        imported.ExitCode.ShouldBe(0, imported.Err);
        imported.Out.ShouldContain("opencti.json: 9 objects, 9 added, 0 already held, 5 normalised"); // 7 content objects + the TLP 2.0 GREEN and AMBER+STRICT definitions
        imported.Err.ShouldContain("narrative--5a2c8e41-9b7d-4f36-8e02-1d6c4b9a0003 (narrative 'Sanctions hurt Europe more than Russia') → grouping--5a2c8e41");
        (await Run("stix", "import", "--collection", "fimi", "opencti.json")).Out.ShouldContain("0 added, 9 already held");

        var green = await Run("stix", "export", "--collection", "fimi", "--tlp", "green");
        green.ExitCode.ShouldBe(0, green.Err);
        green.Out.ShouldNotContain("7c4e0a63"); // the AMBER+STRICT channel and the relationship to it
        green.Out.ShouldNotContain("0f7b3d96");
        green.Out.ShouldNotContain("6b3d9f52"); // unmarked counts as AMBER
        green.Err.ShouldContain("3 withheld");
        (await Run("stix", "export", "--collection", "fimi", "--tlp", "green", "--unmarked-as", "green")).Out.ShouldContain("grouping--6b3d9f52");
        StixSchemaValidator.Problems(JsonNode.Parse(green.Out)!).ShouldBeEmpty();
        (await Run("stix", "export", "--collection", "fimi", "--tlp", "amber+strict")).Out.ShouldContain("identity--7c4e0a63");

        (await Run("stix", "import", "--collection", "nope", "opencti.json")).Err.ShouldContain("no collection 'nope'");
        await File.WriteAllTextAsync(Path.Combine(_directory, "bad.json"), "{\"objects\": [{\"type\": \"x\"}]}");
        var bad = await Run("stix", "import", "--collection", "fimi", "bad.json");
        bad.ExitCode.ShouldBe(65);
        bad.Err.ShouldContain("bad.json: objects[0]: field 'id' is missing or not a string");
    }

    [Fact]
    public async Task Pull_and_push_talk_TAXII_to_a_real_server_at_the_right_ceiling()
    {
        await using var server = await TestServer.StartAsync();
        var (_, owner) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var token = (await server.Accounts.IssueTokenAsync(owner.Id, "cli", null, CancellationToken.None)).Token;
        var remote = await server.Stix.CreateCollectionAsync("partners", "Partners", null, "nctv", Tlp.Green, DateTimeOffset.UtcNow, CancellationToken.None);
        File.Copy(Path.Combine(StixExamples.Folder, "CONSTRUCTED_opencti_fimi.json"), Path.Combine(_directory, "opencti.json"));
        File.Copy(Path.Combine(StixExamples.Folder, "apt1.json"), Path.Combine(_directory, "apt1.json"));
        var discovery = new Uri(server.BaseAddress, "/taxii2/").ToString();

        // Push files at GREEN: the AMBER+STRICT channel never leaves.
        var pushed = await Run("taxii", "push", discovery, "--collection", remote.Id, "--token", token, "--tlp", "green", "--unmarked-as", "green", "--batch", "50", "opencti.json", "apt1.json");
        pushed.ExitCode.ShouldBe(0, pushed.Err);
        pushed.Out.ShouldContain("2 withheld");
        var held = await server.Stix.ObjectsAsync(remote.Id, CancellationToken.None);
        held.ShouldNotContain(o => o.Id.Contains("7c4e0a63", StringComparison.Ordinal));
        held.Count.ShouldBeGreaterThan(76); // apt1's 76 objects and the OpenCTI objects allowed at GREEN

        // Pull it back into a local collection, in pages, then again from where it stopped.
        (await Run("taxii", "add-collection", "--alias", "mirror", "--title", "Mirror", "--org", "nctv")).ExitCode.ShouldBe(0);
        var pulled = await Run("taxii", "pull", discovery, "--collection", remote.Id, "--token", token, "--into", "mirror", "--limit", "40");
        pulled.ExitCode.ShouldBe(0, pulled.Err);
        pulled.Out.ShouldContain($"pulled {held.Count} objects in {(held.Count / 40) + 1} requests");
        pulled.Out.ShouldContain($"{held.Count} added to mirror");
        var resume = pulled.Out.Split('\n').Single(l => l.StartsWith("continue with", StringComparison.Ordinal))["continue with ".Length..].Split(' ');
        (await Run(["taxii", "pull", discovery, "--collection", remote.Id, "--token", token, "--into", "mirror", .. resume])).Out.ShouldContain("pulled 0 objects");

        var toFile = await Run("taxii", "pull", discovery, "--collection", remote.Id, "--token", token, "--out", "pulled.json", "--limit", "1000");
        toFile.ExitCode.ShouldBe(0, toFile.Err);
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "pulled.json")))!["objects"]!.AsArray().Count.ShouldBe(held.Count);
        (await Run("taxii", "pull", discovery, "--collection", remote.Id, "--token", "wrong", "--out", "x.json")).Err.ShouldContain("401");
    }

    private Task<(int ExitCode, string Out, string Err)> Run(params string[] args) =>
        CliProcess.RunAsync(_directory, [.. args, "--database", Path.Combine(_directory, "bolwerk.db")]);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
