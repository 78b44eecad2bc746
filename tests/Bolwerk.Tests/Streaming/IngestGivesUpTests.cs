using Bolwerk.Tests.Support;
using Xunit.Abstractions;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// `bolwerk ingest` against a JetStream server that hangs for good (SIGSTOP, never resumed): the
/// ingest says what it is doing (its progress lines, the resend), then gives up after
/// `--give-up-after` and exits 69 with the reason — it never waits without end, and never ends as
/// if everything had been stored.
/// </summary>
public sealed class IngestGivesUpTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-giveup-").FullName;

    [SkippableFact]
    public async Task An_ingest_whose_server_hangs_gives_up_with_the_reason_instead_of_waiting_forever()
    {
        NatsCluster.SkipUnlessInstalled();
        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "30", "--instances", "1", "--hours", "3", "--seed", "3", "--out", "day.nmea")).ExitCode.ShouldBe(0);
        await using var nats = await NatsCluster.StartAsync(_directory, 1);

        // Paced so that the input is far from its end when the server hangs.
        await using var ingest = CliProcess.Start(_directory, "ingest", "--nats", nats.Urls, "--rate", "2000", "--progress", "0.5", "--give-up-after", "6", "day.nmea");
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!ingest.StandardError.Split('\n').Any(line => line.StartsWith("progress:", StringComparison.Ordinal) && !line.Contains(" 0 stored", StringComparison.Ordinal)))
        {
            ingest.HasExited.ShouldBeFalse(ingest.StandardError);
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "a progress line with messages stored: " + ingest.StandardError);
            await Task.Delay(100);
        }

        nats.Freeze(0);

        var exit = await ingest.WaitForExitAsync(TimeSpan.FromSeconds(90));
        output.WriteLine(ingest.StandardError);
        exit.ShouldBe(69, "unavailable, once it has waited --give-up-after");
        ingest.StandardError.ShouldContain("JetStream has not acknowledged messages for 6 s");
        ingest.StandardError.ShouldContain("messages again", customMessage: "before giving up it sent the unacknowledged messages again");
        ingest.StandardError.ShouldNotContain("published to", customMessage: "no summary as if the input had been stored");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
