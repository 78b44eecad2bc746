using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Screening;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>
/// `bolwerk sanctions screen`: one name or a file of queries against the lists. Its flags and
/// the JSON lines it writes are a contract other tools score against (docs/cli.md); keep them.
/// </summary>
internal static class SanctionsScreenCommand
{
    private const int BatchSize = 1024;

    private static readonly string[] Schemas = ["Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"];

    public static Command Create()
    {
        var lists = new Option<string[]>("--list") { Description = "A list file to screen against (any supported format, recognised from its content); repeat for several. Without it: the newest imported version of every list in the database.", AllowMultipleArgumentsPerToken = false };
        var threshold = new Option<double>("--threshold") { Description = "Report matches scoring at least this (0–1).", DefaultValueFactory = _ => MatchOptions.Default.Threshold };
        var format = new Option<string>("--format") { Description = "jsonl: one JSON object per query, in input order; table: for reading.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var limit = new Option<int>("--limit") { Description = "At most this many matches per query.", DefaultValueFactory = _ => 10 };
        var name = new Option<string?>("--name") { Description = "The name to screen, in any script." };
        var schema = new Option<string?>("--schema") { Description = "Person, Organization, Company, LegalEntity or Vessel; absent means any." };
        var country = new Option<string?>("--country") { Description = "Nationality or country of the query (ISO code or name); a listed entity of other countries scores lower." };
        var birthDate = new Option<string?>("--birth-date") { Description = "YYYY, YYYY-MM or YYYY-MM-DD; a listed person born in another year scores lower." };
        var imo = new Option<string?>("--imo") { Description = "IMO number: an equal IMO matches whatever the name (0.95); a different one lowers the score." };
        var mmsi = new Option<string?>("--mmsi") { Description = "MMSI: an equal MMSI matches whatever the name (0.95)." };
        var queries = new Option<string?>("--queries") { Description = "CSV or JSON lines with id,name,schema,country,birthDate,imo (only name required); one result per row, in order." };
        var command = new Command("screen", "Screen a name (with schema, country, birth date, IMO) or a file of queries against sanctions lists.")
        {
            lists, threshold, format, limit, name, schema, country, birthDate, imo, mmsi, queries,
        };
        command.Validators.Add(result =>
        {
            var hasName = result.GetValue(name) is not null;
            var hasQueries = result.GetValue(queries) is not null;
            if (hasName == hasQueries)
            {
                result.AddError("give either --name or --queries");
            }

            if (result.GetValue(schema) is { } s && !Schemas.Contains(s, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"--schema '{s}' is not one of {string.Join(", ", Schemas)}");
            }

            if (result.GetValue(birthDate) is { } b && !PartialDate.TryParse(b, out _))
            {
                result.AddError($"--birth-date '{b}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }

            if (result.GetValue(threshold) is < 0 or > 1)
            {
                result.AddError("--threshold must be between 0 and 1");
            }

        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = MatchOptions.Default with { Threshold = parse.GetValue(threshold) };
            var index = parse.GetValue(lists) is { Length: > 0 } files
                ? ListLoading.Index(files, options)
                : await ListLoading.StoredIndexAsync(parse, options, cancellationToken);
            if (index is null)
            {
                CliConsole.Fail("no --list given and no sanctions lists imported; run `bolwerk sanctions import FILE…` or pass --list FILE");
                return ExitCodes.Failure;
            }

            IReadOnlyList<ScreeningQuery> batch = parse.GetValue(queries) is { } file
                ? ScreeningQueryFile.Read(file)
                : [new ScreeningQuery
                {
                    Name = parse.GetValue(name)!,
                    Schema = parse.GetValue(schema),
                    Country = parse.GetValue(country),
                    BirthDate = parse.GetValue(birthDate),
                    Imo = parse.GetValue(imo),
                    Mmsi = parse.GetValue(mmsi),
                }];
            var max = parse.GetValue(limit);
            if (parse.GetValue(format) == "table")
            {
                WriteTable(index, batch, max);
                return ExitCodes.Success;
            }

            return WriteJsonLines(index, batch, max, parse.GetValue(queries) is not null);
        });
        return command;
    }

    private static int WriteJsonLines(ScreeningIndex index, IReadOnlyList<ScreeningQuery> batch, int limit, bool showProgress)
    {
        using var output = new BufferedStream(StandardOutput.Open(), 1 << 16);
        // Relaxed escaping: the output is data for programs and people, never embedded in HTML.
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var results = new IReadOnlyList<ScreeningMatch>[Math.Min(BatchSize, batch.Count)];
        void ScreenAll(Action<int>? advanced)
        {
            // Screened in parallel a batch at a time, written in input order.
            for (var start = 0; start < batch.Count; start += BatchSize)
            {
                var count = Math.Min(BatchSize, batch.Count - start);
                Parallel.For(0, count, i => results[i] = index.Screen(batch[start + i], limit: limit));
                for (var i = 0; i < count; i++)
                {
                    ScreeningJson.Write(writer, batch[start + i], results[i]);
                    writer.Flush();
                    output.WriteByte((byte)'\n');
                    writer.Reset(output);
                }

                advanced?.Invoke(count);
            }
        }

        if (showProgress && !Console.IsErrorRedirected)
        {
            CliConsole.Error.Progress().Start(context =>
            {
                var task = context.AddTask("screening", maxValue: batch.Count);
                ScreenAll(n => task.Increment(n));
            });
        }
        else
        {
            ScreenAll(null);
        }

        output.Flush();
        if (showProgress)
        {
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"screened {batch.Count} queries")));
        }

        return ExitCodes.Success;
    }

    private static void WriteTable(ScreeningIndex index, IReadOnlyList<ScreeningQuery> batch, int limit)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("query", "score", "entity", "schema", "matched name", "programmes", "explanation");
        foreach (var query in batch)
        {
            var matches = index.Screen(query, limit: limit);
            if (matches.Count == 0)
            {
                table.AddRow(Markup.Escape(query.Label), "-", "no match", string.Empty, string.Empty, string.Empty, string.Empty);
            }

            foreach (var match in matches)
            {
                table.AddRow(Markup.Escape(query.Label), match.Score.ToString("0.00", c), Markup.Escape($"{match.Name} ({match.EntityId})"), match.Schema,
                    Markup.Escape(match.MatchedName), Markup.Escape(string.Join(", ", match.Programs)), Markup.Escape(match.Explanation));
            }
        }

        AnsiConsole.Write(table);
    }
}
