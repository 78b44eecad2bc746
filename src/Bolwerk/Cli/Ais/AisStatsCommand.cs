using System.CommandLine;
using System.Globalization;
using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>`bolwerk ais stats`: what a feed or archive holds and what was wrong with it.</summary>
internal static class AisStatsCommand
{
    public static Command Create()
    {
        var files = AisOptions.Files();
        var types = AisOptions.Types();
        var command = new Command("stats", "Count messages per type and talker, errors per reason (with examples by file and line), and the time span covered.") { files, types };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var statistics = new AisStatistics();
            var wanted = AisOptions.ParseTypes(parse.GetValue(types));
            long lines = 0, skipped = 0;
            foreach (var input in AisInputs.Normalise(parse.GetValue(files)))
            {
                var examples = new ExampleLabeller(input, statistics);
                var decoder = new AisStreamDecoder(examples) { MessageTypes = wanted };
                await AisInputs.DecodeAsync(input, decoder, examples, statistics.CountCsvRow, () => false, cancellationToken);
                lines += decoder.LineNumber;
                skipped += decoder.SkippedLines;
            }

            Print(statistics, lines, skipped);
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Summary(AisStatistics statistics)
    {
        var text = new StringBuilder(statistics.ToString());
        if (statistics.Errors > 0)
        {
            text.Append(" (").AppendJoin(", ", statistics.ErrorsByReason.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}: {p.Value}"))).Append(')');
        }

        return text.ToString();
    }

    private static void Print(AisStatistics statistics, long lines, long skipped)
    {
        var c = CultureInfo.InvariantCulture;
        var csvRows = statistics.CsvRowsByMobileType.Values.Sum();
        AnsiConsole.MarkupLine(csvRows > 0
            ? string.Create(c, $"[bold]{csvRows}[/] DMA CSV rows, [bold]{statistics.Errors}[/] errors; {lines} NMEA lines, {statistics.Messages} messages")
            : string.Create(c, $"[bold]{lines}[/] lines, [bold]{statistics.Messages}[/] messages, [bold]{statistics.Errors}[/] errors, {skipped} lines skipped (blank, comment, other NMEA)"));
        if (statistics.FirstTime is { } first && statistics.LastTime is { } last)
        {
            AnsiConsole.MarkupLine(string.Create(c, $"time span {first:u} to {last:u} ({(last - first).TotalHours:0.##} h)"));
        }
        else
        {
            AnsiConsole.MarkupLine("time span: the input carries no receiver times");
        }

        var types = new Table().AddColumns("type", "messages");
        for (var type = 1; type < statistics.MessagesByType.Length; type++)
        {
            if (statistics.MessagesByType[type] > 0)
            {
                types.AddRow(type.ToString(c), statistics.MessagesByType[type].ToString(c));
            }
        }

        var talkers = new Table().AddColumns("talker", "messages");
        foreach (var (talker, count) in statistics.MessagesByTalker.OrderByDescending(p => p.Value))
        {
            talkers.AddRow(Markup.Escape(talker), count.ToString(c));
        }

        AnsiConsole.Write(new Columns(types, talkers));
        if (statistics.CsvRowsByMobileType.Count > 0)
        {
            var mobiles = new Table().AddColumns("type of mobile (DMA CSV)", "rows");
            foreach (var (mobile, count) in statistics.CsvRowsByMobileType.OrderByDescending(p => p.Value))
            {
                mobiles.AddRow(Markup.Escape(mobile), count.ToString(c));
            }

            AnsiConsole.Write(mobiles);
        }

        if (statistics.Errors == 0)
        {
            return;
        }

        var errors = new Table().AddColumns("reason", "count", "examples");
        foreach (var (reason, count) in statistics.ErrorsByReason.OrderByDescending(p => p.Value))
        {
            errors.AddRow(reason.ToString(), count.ToString(c), Markup.Escape(string.Join("\n", statistics.Examples[reason].Select(e => e.Detail))));
        }

        AnsiConsole.Write(errors);
    }

    /// <summary>Prefixes each error's detail with its file and line before counting it.</summary>
    private sealed class ExampleLabeller(string input, AisStatistics statistics) : AisMessageHandler
    {
        public override void OnDecoded(in AisContext context, in Bolwerk.Maritime.Ais.Messages.AisHeader header) => statistics.OnDecoded(context, header);

        public override void OnError(in AisError failure) =>
            statistics.OnError(failure with { Detail = $"{AisInputs.DeviceName(input)}:{failure.LineNumber}: {failure.Detail}" });
    }
}
