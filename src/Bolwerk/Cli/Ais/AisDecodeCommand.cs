using System.CommandLine;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Dma;
using Bolwerk.Maritime.Ais.Output;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>`bolwerk ais decode`: NMEA in, one decoded message per line out.</summary>
internal static class AisDecodeCommand
{
    public static Command Create()
    {
        var files = AisOptions.Files();
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (gpsd's unscaled JSON, one object per line), csv (scaled units) or table.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "table");
        var types = AisOptions.Types();
        var strict = AisOptions.Strict();
        var command = new Command("decode", "Decode AIS NMEA (files, .gz, stdin, tcp://host:port, udp://address:port) or DMA CSV to JSON lines, CSV or a table; bad lines are counted by reason and reported with file and line.")
        {
            files, format, types, strict,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = AisInputs.Normalise(parse.GetValue(files));
            var wanted = AisOptions.ParseTypes(parse.GetValue(types));
            var isStrict = parse.GetValue(strict);
            var statistics = new AisStatistics();
            await using var stdout = StandardOutput.Open();
            await using var buffered = new BufferedStream(stdout, 1 << 16);
            await using var text = new StreamWriter(buffered, leaveOpen: true) { AutoFlush = false };
            var table = new AisTableWriter();
            var csv = parse.GetValue(format) == "csv" ? new AisCsvWriter(text) : null;
            foreach (var input in inputs)
            {
                using var json = new GpsdJsonWriter(buffered, AisInputs.DeviceName(input));
                // Live inputs flush every line, so a downstream pipe sees messages as they arrive.
                AisInputs.AfterLine = AisInputs.IsLive(input) ? () => { json.Flush(); text.Flush(); buffered.Flush(); } : null;
                AisMessageHandler writer = parse.GetValue(format) switch
                {
                    "csv" => csv!,
                    "table" => table,
                    _ => json,
                };
                var reporter = new ErrorReporter(input, statistics, isStrict);
                // Archives: the writer runs on a second thread (PipelinedAisDecoder), in order. Live
                // feeds stay on one thread so that each line is written as it arrives.
                using var pipeline = AisInputs.IsLive(input) ? null : new PipelinedAisDecoder(writer, reporter, wanted);
                IAisLineDecoder decoder = (IAisLineDecoder?)pipeline ?? new AisStreamDecoder(new AisHandlerPair(writer, reporter)) { MessageTypes = wanted };
                using var dmaJson = new DmaJsonWriter(buffered);
                void OnDmaRow(DmaAisRecord row)
                {
                    statistics.CountCsvRow(row);
                    if (csv is not null)
                    {
                        csv.WriteDmaRow(row);
                    }
                    else
                    {
                        dmaJson.Write(row);
                    }
                }

                await AisInputs.DecodeAsync(input, decoder, reporter, OnDmaRow, () => reporter.Stopped, cancellationToken);
                pipeline?.Drain(); // everything decoded is written before the buffers are flushed
                json.Flush();
                await text.FlushAsync(cancellationToken);
                if (reporter.Stopped)
                {
                    await buffered.FlushAsync(cancellationToken);
                    return ExitCodes.DataError;
                }
            }

            await text.FlushAsync(cancellationToken);
            await buffered.FlushAsync(cancellationToken);
            if (parse.GetValue(format) == "table")
            {
                AnsiConsole.Write(table.Table);
            }

            CliConsole.Error.MarkupLine(Markup.Escape(AisStatsCommand.Summary(statistics)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Counts errors, prints each with file and line to stderr, and stops at the first in strict mode.</summary>
    private sealed class ErrorReporter(string input, AisStatistics statistics, bool strict) : AisMessageHandler
    {
        private const int MaxPrinted = 20;
        private int _printed;

        public bool Stopped { get; private set; }

        public override void OnDecoded(in AisContext context, in Bolwerk.Maritime.Ais.Messages.AisHeader header) => statistics.OnDecoded(context, header);

        public override void OnError(in AisError failure)
        {
            statistics.OnError(failure);
            if (strict || _printed++ < MaxPrinted)
            {
                CliConsole.Warn($"{AisInputs.DeviceName(input)}:{failure.LineNumber}: {failure.Reason}: {failure.Detail}");
            }

            Stopped |= strict;
        }
    }
}
