using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bolwerk.Host.Cli.Ais;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Tracking;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>
/// `bolwerk maritime forensics`: who was at the asset when it failed, ranked by evidence. The
/// command line is a contract other tools score against (docs/cli.md): keep it.
/// </summary>
internal static class MaritimeForensicsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var setup = new WatchSetup();
        var asset = new Option<string>("--asset") { Description = "Id of the failed asset in the layers (its GeoJSON id, properties.id or feature_id, else layer#index).", Required = true };
        var at = new Option<string>("--at") { Description = "Time of the fault, UTC ISO 8601 (e.g. 2026-03-01T05:12:00Z).", Required = true };
        var near = new Option<string?>("--near") { Description = "Estimated fault position LON,LAT: measure from it instead of from the whole asset." };
        var window = new Option<string>("--window") { Description = "Search this long before and after the fault: 12h, 90m, 2d.", DefaultValueFactory = _ => "12h" };
        var radius = new Option<double>("--radius", "-r") { Description = "How close to the asset (or --near) counts as there, metres.", DefaultValueFactory = _ => 2_000 };
        var output = new Option<string?>("--out") { Description = "Write an evidence pack here: candidates.geojson, candidates.kml, report.html, nmea/MMSI.nmea (top 5, from the input files), manifest.json (SHA-256 of inputs and files, command, version)." };
        var stored = new Option<bool>("--stored") { Description = "Answer from the tracks and alerts stored by `maritime ingest` in the database (-d) instead of reading INPUT." };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (one ranked candidate per line, nothing else on stdout) or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("forensics", "Rank the vessels whose tracks (interpolated across AIS silences) came near a failed asset around the fault time, with the evidence for each.")
        {
            asset, at, near, window, radius, stored, output, format,
        };
        setup.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, layers, list, proximity) = setup.Read(parse);
            var id = parse.GetValue(asset)!;
            var target = layers.FirstOrDefault(a => a.Id == id)
                ?? throw new ArgumentException($"--asset '{id}' is not in the layers ({layers.Count} assets loaded; ids are listed by `bolwerk maritime assets --format jsonl`)");
            var query = new ForensicQuery
            {
                Asset = target,
                FaultTime = DateTimeOffset.TryParse(parse.GetValue(at), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                    ? time
                    : throw new ArgumentException($"--at '{parse.GetValue(at)}' is not an ISO 8601 time (e.g. 2026-03-01T05:12:00Z)"),
                Window = Duration(parse.GetValue(window)!),
                FaultPosition = parse.GetValue(near) is { } position ? MaritimeAssetsCommand.ParsePosition(position, "--near") : null,
                RadiusMetres = parse.GetValue(radius) is > 0 and <= 100_000 and var r ? r : throw new ArgumentException("--radius must be more than 0 and at most 100,000 metres"),
            };
            IReadOnlyList<ForensicCandidate> candidates;
            ForensicCoverage coverage;
            if (parse.GetValue(stored))
            {
                await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                (candidates, coverage, var positions) = await new Bolwerk.Host.Maritime.StoredForensics(new Bolwerk.Storage.Tracks.TrackStore(database), new Bolwerk.Storage.Alerts.AlertStore(database, TimeProvider.System))
                    .RankAsync(query, null, cancellationToken);
                CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"answered from {database.DisplayName} in {clock.Elapsed.TotalMilliseconds:0} ms ({positions} stored positions read)")));
            }
            else
            {
                var analysis = new ForensicAnalysis(query);
                var watch = new MaritimeWatch(options, proximity, list, analysis.Alert) { Accepted = analysis.Accept };
                await setup.RunAsync(parse, new WatchFeed(watch), cancellationToken);
                watch.Complete();
                (candidates, coverage) = analysis.Rank(watch.Vessels, watch.WatchListed);
            }

            if (parse.GetValue(format) == "jsonl")
            {
                await using var stdout = StandardOutput.Open();
                await using var text = new StreamWriter(stdout, new UTF8Encoding(false));
                foreach (var candidate in candidates)
                {
                    await text.WriteLineAsync(JsonSerializer.Serialize(ToJson(candidate, coverage), Json));
                }
            }
            else
            {
                var table = new Table().AddColumns("rank", "mmsi", "name", "score", "closest m", "min near", "reasons");
                foreach (var candidate in candidates)
                {
                    table.AddRow(candidate.Rank.ToString(CultureInfo.InvariantCulture), candidate.Mmsi.ToString("D9", CultureInfo.InvariantCulture), Markup.Escape(candidate.Name ?? string.Empty),
                        candidate.Score.ToString("0.00", CultureInfo.InvariantCulture), candidate.ClosestApproachMeters.ToString("0", CultureInfo.InvariantCulture),
                        candidate.MinutesNearAsset.ToString("0", CultureInfo.InvariantCulture), Markup.Escape(string.Join("\n", candidate.Reasons)));
                }

                AnsiConsole.Write(table);
            }

            if (parse.GetValue(output) is { } directory)
            {
                var files = parse.GetValue(stored) ? [] : AisInputs.Normalise(parse.GetValue(setup.Inputs)).Where(File.Exists).ToList();
                var top = candidates.Take(EvidencePack.TopCandidates).Select(c => c.Mmsi).ToHashSet();
                var raw = RawSentences.Extract(files, top, query.From, query.To);
                var version = typeof(MaritimeForensicsCommand).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                    .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
                var written = EvidencePack.Write(directory, query, candidates, coverage, raw,
                    new EvidenceProvenance(files, "bolwerk " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)), version, TimeProvider.System.GetUtcNow()));
                CliConsole.Error.MarkupLine(Markup.Escape($"evidence pack: {written.Count} files in {directory}"));
            }

            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{candidates.Count} vessels came within {query.RadiusMetres:0} m of {target.Id}{(target.Name is { } name ? $" ({name})" : string.Empty)} between {query.From:u} and {query.To:u}; {coverage.Statement}")));
            if (coverage.Thin)
            {
                CliConsole.Warn("data coverage near the fault is thin: an empty or short list does not clear anyone");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Dictionary<string, object?> ToJson(ForensicCandidate c, ForensicCoverage coverage) => new()
    {
        ["rank"] = c.Rank,
        ["mmsi"] = c.Mmsi,
        ["score"] = c.Score,
        ["reasons"] = c.Reasons,
        ["closestApproachMeters"] = c.ClosestApproachMeters,
        ["minutesNearAsset"] = c.MinutesNearAsset,
        ["closestApproachAt"] = c.ClosestApproachAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["closestApproachInterpolated"] = c.ClosestApproachInterpolated,
        ["name"] = c.Name,
        ["imo"] = c.Imo,
        ["factors"] = c.Factors,
        ["coverageThin"] = coverage.Thin,
    };

    // "12h", "90m", "2d", or a TimeSpan ("12:00:00").
    private static TimeSpan Duration(string text)
    {
        var unit = text.Length > 0 ? text[^1] : ' ';
        if (unit is 'h' or 'm' or 'd' && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return unit switch { 'h' => TimeSpan.FromHours(value), 'm' => TimeSpan.FromMinutes(value), _ => TimeSpan.FromDays(value) };
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new ArgumentException($"--window '{text}' is not a duration (e.g. 12h, 90m, 2d)");
    }
}
