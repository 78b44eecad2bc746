using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bolwerk.Host.Cli.Ais;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Streaming;
using Bolwerk.Maritime.Tracking;
using NATS.Client.Core;
using NATS.Net;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Streaming;

/// <summary>
/// `bolwerk ingest`: decodes AIS inputs (files, standard input, tcp:// or udp:// feeds) and
/// publishes every position and static report to the JetStream subject of its MMSI's partition,
/// for `bolwerk worker`s to watch. Nothing is lost when a server goes: a message is held until
/// JetStream acknowledges it. Re-running the same files within two hours publishes nothing twice.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var stream = new StreamSetup();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "NMEA (with or without tag blocks; plain or .gz) or DMA CSV files, detected from content; tcp://HOST:PORT or udp://HOST:PORT for a live feed; '-' or none for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var endOfInput = new Option<bool>("--end-of-input") { Description = "After the inputs, tell every partition the input ended: the workers close open episodes, as `maritime ingest` does at the end of a file." };
        var rate = new Option<double?>("--rate") { Description = "Publish at most this many messages a second (replaying an archive at a live feed's pace)." };
        var progress = new Option<double?>("--progress") { Description = "Every this many seconds, write a line to standard error: messages sent, acknowledged, outstanding, sent again, and the connection." };
        var giveUpAfter = new Option<double>("--give-up-after")
        {
            Description = "Fail (exit 69) when JetStream has not acknowledged a message for this many seconds, resends included.",
            DefaultValueFactory = _ => 120,
        };
        var command = new Command("ingest", "Decode AIS and publish it to a partitioned JetStream stream for `bolwerk worker`s (NATS).")
        {
            inputs, endOfInput, rate, progress, giveUpAfter,
        };
        stream.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var topology = stream.Topology(parse);
            if (parse.GetValue(rate) is { } limit && !(limit > 0 && double.IsFinite(limit)))
            {
                throw new ArgumentException($"--rate {limit.ToString(CultureInfo.InvariantCulture)} is not a positive number of messages a second");
            }

            if (parse.GetValue(progress) is { } every && !(every > 0 && double.IsFinite(every)))
            {
                throw new ArgumentException($"--progress {every.ToString(CultureInfo.InvariantCulture)} is not a positive number of seconds");
            }

            if (parse.GetValue(giveUpAfter) is var patience && !(patience > 0 && double.IsFinite(patience)))
            {
                throw new ArgumentException($"--give-up-after {patience.ToString(CultureInfo.InvariantCulture)} is not a positive number of seconds");
            }

            var files = parse.GetValue(inputs);
            var run = RunId(AisInputs.Normalise(files));
            await using var connection = await AisStreamTopology.ConnectAsync(parse.GetValue(stream.Nats)!, "bolwerk-ingest", cancellationToken);
            await topology.EnsureStreamAsync(connection.CreateJetStreamContext(), cancellationToken);
            var elapsed = Stopwatch.StartNew();
            await using var publisher = new ObservationPublisher(connection, topology, run, parse.GetValue(rate), cancellationToken)
            {
                Log = message => CliConsole.Warn(message),
                GiveUpAfter = TimeSpan.FromSeconds(parse.GetValue(giveUpAfter)),
            };
            using var reporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reporter = parse.GetValue(progress) is { } seconds
                ? ReportProgressAsync(publisher, connection, TimeSpan.FromSeconds(seconds), reporting.Token)
                : Task.CompletedTask;
            var feed = new WatchFeed(publisher);
            long errors;
            try
            {
                errors = await WatchSetup.FeedAsync(files, feed, cancellationToken);
                await publisher.CompleteAsync(parse.GetValue(endOfInput));
            }
            finally
            {
                await reporting.CancelAsync();
                await reporter;
            }

            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"published to {topology.Stream} ({topology.Partitions} partitions, run {run:x16}) in {elapsed.Elapsed.TotalSeconds:0.0} s: {publisher.Stored} stored, {publisher.Duplicates} already there, {publisher.Resent} sent again; {feed.Untimed} without time skipped, {errors} decode errors")));
            return ExitCodes.Success;
        });
        return command;
    }

    // Runs beside the decoder: a stalled ingest shows where it stands (sent, acknowledged, the connection).
    private static async Task ReportProgressAsync(ObservationPublisher publisher, NatsConnection connection, TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                CliConsole.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"progress: {publisher.Sent} sent, {publisher.Stored} stored, {publisher.Duplicates} already there, {publisher.Outstanding} outstanding, {publisher.Resent} sent again; connection {connection.ConnectionState} to {connection.ServerInfo?.Name ?? "none"}"));
            }
        }
        catch (OperationCanceledException)
        {
            // The ingest finished.
        }
    }

    // The same files (path, size, time written) give the same run, so their messages keep their
    // ids and a re-run after a failure is recognised by JetStream. A feed is a new run each time.
    private static ulong RunId(IReadOnlyList<string> inputs)
    {
        var text = new StringBuilder();
        foreach (var input in inputs)
        {
            if (input == "-" || AisInputs.IsLive(input) || !File.Exists(input))
            {
                return BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
            }

            var file = new FileInfo(input);
            text.Append(CultureInfo.InvariantCulture, $"{file.FullName}\n{file.Length}\n{file.LastWriteTimeUtc.Ticks}\n");
        }

        return BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
