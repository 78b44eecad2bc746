using System.Globalization;
using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk fimi detect` as a child process: the output contract other tools score against.</summary>
public sealed class FimiCliTests : IDisposable
{
    private static readonly string[] Kinds = ["co-share", "co-link", "co-reply", "co-text", "multi"];
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-fimi-").FullName;

    [Fact]
    public async Task Detect_jsonl_writes_only_networks_with_the_contract_fields()
    {
        (await CliProcess.RunAsync(_directory, "fimi", "simulate", "--out", "posts.jsonl", "--truth", "truth.csv", "--organic-posts", "20000", "--organic-accounts", "3000", "--groups", "3")).ExitCode.ShouldBe(0);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "fimi", "detect", "--window", "60s", "--min-weight", "2", "--similarity", "0.8", "--format", "jsonl", "posts.jsonl");

        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("\"windowSeconds\":60");
        var networks = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        networks.Count.ShouldBeGreaterThanOrEqualTo(12); // 3 planted groups for each of the four signals
        foreach (var n in networks)
        {
            Kinds.ShouldContain(n.GetProperty("kind").GetString());
            n.GetProperty("accounts").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
            n.GetProperty("posts").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
            var start = n.GetProperty("start").GetString()!;
            var end = n.GetProperty("end").GetString()!;
            start.ShouldEndWith("Z");
            DateTimeOffset.Parse(end, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
            n.GetProperty("score").GetDouble().ShouldBeInRange(0.0, 1.0);
            n.GetProperty("parameters").GetProperty("minWeight").GetInt32().ShouldBe(2);
            n.GetProperty("disarm").EnumerateArray().ShouldAllBe(d => d.GetProperty("inferred").GetBoolean() && d.GetProperty("id").GetString()!.StartsWith('T'));
        }

        networks.Where(n => n.GetProperty("kind").GetString() == "co-text")
            .ShouldAllBe(n => n.GetProperty("disarm").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "T0084.001"));

        // Every planted co-text group is found as a network of its members.
        var planted = File.ReadAllLines(Path.Combine(_directory, "truth.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "co-text").SelectMany(f => f[1..]).ToHashSet();
        var found = networks.Where(n => n.GetProperty("kind").GetString() == "co-text").SelectMany(n => n.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()!)).ToHashSet();
        found.SetEquals(planted).ShouldBeTrue();
    }

    [Fact]
    public async Task Export_writes_a_STIX_bundle_marked_at_the_requested_TLP()
    {
        (await CliProcess.RunAsync(_directory, "fimi", "simulate", "--out", "posts.jsonl", "--organic-posts", "5000", "--organic-accounts", "1000", "--groups", "1")).ExitCode.ShouldBe(0);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "fimi", "export", "--stix", "--tlp", "green", "--producer", "NL FIMI desk", "posts.jsonl");

        exit.ShouldBe(0, stderr);
        using var bundle = JsonDocument.Parse(stdout);
        bundle.RootElement.GetProperty("type").GetString().ShouldBe("bundle");
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToList();
        objects.Count(o => o.GetProperty("type").GetString() == "intrusion-set").ShouldBeGreaterThanOrEqualTo(4);
        objects.Where(o => o.GetProperty("type").GetString() != "marking-definition")
            .ShouldAllBe(o => o.GetProperty("object_marking_refs")[0].GetString() == "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");
        objects.ShouldContain(o => o.GetProperty("type").GetString() == "identity" && o.GetProperty("name").GetString() == "NL FIMI desk");

        (await CliProcess.RunAsync(_directory, "fimi", "export", "posts.jsonl")).ExitCode.ShouldNotBe(0); // the format is said, not assumed
        (await CliProcess.RunAsync(_directory, "fimi", "export", "--stix", "--tlp", "orange", "posts.jsonl")).Err.ShouldContain("'orange' is not a TLP label");
    }

    [Fact]
    public async Task A_stored_run_is_tagged_by_an_analyst_and_exported_with_the_decisions()
    {
        var db = Path.Combine(_directory, "bolwerk.db");
        (await CliProcess.RunAsync(_directory, "fimi", "simulate", "--out", "posts.jsonl", "--organic-posts", "5000", "--organic-accounts", "1000", "--groups", "1")).ExitCode.ShouldBe(0);

        var detected = await CliProcess.RunAsync(_directory, "fimi", "detect", "--format", "jsonl", "--store", "--org", "nctv", "--tlp", "green", "-d", db, "posts.jsonl");
        detected.ExitCode.ShouldBe(0, detected.Err);
        detected.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(l => l.StartsWith("{\"kind\":", StringComparison.Ordinal)); // the contract: only networks on stdout
        var run = detected.Err.Split('\n').Single(l => l.StartsWith("stored as ", StringComparison.Ordinal))["stored as ".Length..].Trim();
        (await CliProcess.RunAsync(_directory, "fimi", "runs", "-d", db)).Out.ShouldContain(run);

        var listed = await CliProcess.RunAsync(_directory, "fimi", "networks", run, "-d", db);
        listed.ExitCode.ShouldBe(0, listed.Err);
        var coShare = JsonDocument.Parse(detected.Out.Split('\n').First(l => l.Contains("\"kind\":\"co-share\"", StringComparison.Ordinal))).RootElement;
        var suggested = coShare.GetProperty("disarm").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        var network = listed.Out.Split('\n').Select(l => l.Split('│', StringSplitOptions.TrimEntries)).First(c => c.Length > 2 && c[2] == "co-share")[1];

        (await CliProcess.RunAsync(_directory, "fimi", "tag", network, "T0049.005", "--note", "same accounts amplify each wave", "-d", db)).Out.ShouldContain("T0049.005 confirmed");
        (await CliProcess.RunAsync(_directory, "fimi", "tag", network, suggested[0], "--reject", "-d", db)).ExitCode.ShouldBe(0);
        (await CliProcess.RunAsync(_directory, "fimi", "tag", network, "T1566", "-d", db)).Err.ShouldContain("looks like a MITRE ATT&CK id");
        (await CliProcess.RunAsync(_directory, "fimi", "tag", network, "T0001", "-d", db)).Err.ShouldContain("retired DISARM id");
        (await CliProcess.RunAsync(_directory, "fimi", "networks", run, "-d", db)).Out.ShouldContain($"−{suggested[0]}");

        var exported = await CliProcess.RunAsync(_directory, "fimi", "export", "--stix", "--run", run, "--tlp", "green", "-d", db);
        exported.ExitCode.ShouldBe(0, exported.Err);
        var relationships = JsonDocument.Parse(exported.Out).RootElement.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == "relationship").ToList();
        relationships.ShouldContain(r => r.GetProperty("description").GetString()!.Contains("same accounts amplify each wave", StringComparison.Ordinal) && r.GetProperty("confidence").GetInt32() == 85);
        (await CliProcess.RunAsync(_directory, "fimi", "export", "--stix", "--run", run, "--tlp", "clear", "-d", db)).Err.ShouldContain("would lower its marking");
    }

    [Fact]
    public async Task An_unknown_file_shape_is_refused_with_its_name_and_header()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "odd.csv"), "a,b,c\n1,2,3\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "fimi", "detect", "odd.csv");

        exit.ShouldBe(65);
        stderr.ShouldContain("odd.csv: line 1: header 'a,b,c' is none of the post formats");
    }

    [Fact]
    public async Task A_bad_row_is_skipped_and_named_and_strict_stops_at_it()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "posts.csv"), "id,platform,account,time,text,urls,sharedId,replyTo,lang\n1,x,a,2026-01-01T00:00:00Z,hello,,,,\n2,x,b,yesterday,hello,,,,\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "fimi", "detect", "posts.csv");
        exit.ShouldBe(0);
        stderr.ShouldContain("posts.csv: line 3, time: 'yesterday' is not a time");
        stderr.ShouldContain("1 posts, 1 rows skipped");

        (exit, _, stderr) = await CliProcess.RunAsync(_directory, "fimi", "detect", "--strict", "posts.csv");
        exit.ShouldBe(65);
        stderr.ShouldContain("posts.csv: line 3, time: 'yesterday' is not a time");
    }

    [Fact]
    public async Task Disarm_shows_a_technique_with_its_countermeasures_and_refuses_an_attack_id()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(_directory, "fimi", "disarm", "T0049.003");
        exit.ShouldBe(0);
        stdout.ShouldStartWith("T0049.003 Bots Amplify via Automated Forwarding and Reposting (TA17 Maximise Exposure)");
        stdout.ShouldContain("counter C00");

        var (refused, _, stderr) = await CliProcess.RunAsync(_directory, "fimi", "disarm", "T1566");
        refused.ShouldBe(65);
        stderr.ShouldContain("not ATT&CK's");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
