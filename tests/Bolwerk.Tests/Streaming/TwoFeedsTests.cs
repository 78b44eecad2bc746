using System.Diagnostics;
using System.Text.RegularExpressions;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Xunit.Abstractions;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// Two feeds into one stream, as a coastguard's and a partner's receivers would be: two
/// `bolwerk ingest` processes publish at the same time, so each partition gets both runs'
/// messages interleaved; the worker stores every message of both, and counts none missing and
/// none repeated (each run is numbered on its own).
/// </summary>
public sealed partial class TwoFeedsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-feeds-").FullName;

    [SkippableFact]
    public async Task Two_ingests_publishing_at_once_are_both_stored_whole_with_nothing_counted_missing()
    {
        NatsCluster.SkipUnlessInstalled();
        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "20", "--instances", "1", "--hours", "3", "--seed", "3", "--out", "coastguard.nmea")).ExitCode.ShouldBe(0);
        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "20", "--instances", "1", "--hours", "3", "--seed", "4", "--out", "partner.nmea")).ExitCode.ShouldBe(0);
        await using var database = await TestDatabase.CreateEmptyAsync("sqlite");
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", database.ConnectionString)).ExitCode.ShouldBe(0);
        await using var nats = await NatsCluster.StartAsync(_directory, 1);
        await using var worker = CliProcess.Start(_directory, "worker", "--id", "w", "--org", "kustwacht", "-d", database.ConnectionString, "--nats", nats.Urls);

        // Paced, so that the two runs really alternate on every partition.
        var feeds = new[] { "coastguard.nmea", "partner.nmea" }
            .Select(file => CliProcess.RunAsync(_directory, "ingest", "--nats", nats.Urls, "--rate", "3000", file))
            .ToList();
        long published = 0;
        foreach (var (exit, _, stderr) in await Task.WhenAll(feeds))
        {
            exit.ShouldBe(0, stderr);
            var summary = Summary().Match(stderr);
            summary.Success.ShouldBeTrue(stderr);
            long.Parse(summary.Groups[2].Value).ShouldBe(0, "a first run of each file: nothing already there");
            published += long.Parse(summary.Groups[1].Value);
        }

        var deadline = Stopwatch.StartNew();
        List<LaneStatus> status;
        while ((status = await LaneStatus.ReadAsync(_directory, nats)) is not { Count: 13 } || status.Any(l => l.Lag != 0)
            || status.Where(l => l.Partition is not null).Sum(l => l.Stored) != published)
        {
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), $"the worker stored both feeds:\n{worker.StandardError}");
            await Task.Delay(250);
        }

        output.WriteLine(string.Join("; ", status.Select(l => $"{l.Lane} {l.Stored}/{l.OnStream} missing {l.Missing} repeated {l.Repeated}")));
        status.Where(l => l.Partition is not null).Sum(l => l.OnStream).ShouldBe(published);
        status.Single(l => l.Lane == "pairs").Stored.ShouldBe(published, "the pairs lane read both feeds");
        status.ShouldAllBe(l => l.Missing == 0 && l.Repeated == 0, "each run numbered on its own: nothing missing, nothing repeated");
        (await database.CountRowsAsync("vessel_positions")).ShouldBeGreaterThan(published / 2, "both feeds' positions stored");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [GeneratedRegex(@"(\d+) stored, (\d+) already there")]
    private static partial Regex Summary();
}
