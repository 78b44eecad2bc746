using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Storage.Tracks;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime near`: who was within R of a position between two times (the stored tracks).</summary>
internal static class MaritimeNearCommand
{
    private static readonly JsonSerializerOptions JsonLines = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var at = new Option<string>("--at") { Description = "The position as LON,LAT (WGS 84 degrees).", Required = true };
        var radius = new Option<double>("--radius", "-r") { Description = "Metres (at most 200,000).", DefaultValueFactory = _ => 5_000 };
        var from = new Option<string>("--from") { Description = "Start of the window, UTC ISO 8601.", Required = true };
        var to = new Option<string>("--to") { Description = "End of the window, UTC ISO 8601.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("near", "List the vessels whose stored positions came within a radius of a position between two times, closest first (tracks stored by `maritime ingest`).")
        {
            at, radius, from, to, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var centre = MaritimeAssetsCommand.ParsePosition(parse.GetValue(at)!, "--at");
            var window = (Time(parse.GetValue(from)!, "--from"), Time(parse.GetValue(to)!, "--to"));
            var metres = parse.GetValue(radius);
            if (metres is <= 0 or > 200_000)
            {
                throw new ArgumentException($"--radius {metres} is not between 0 and 200,000 metres");
            }

            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var clock = Stopwatch.StartNew();
            var passages = await new TrackStore(database).NearAsync(centre, metres, window.Item1, window.Item2, cancellationToken);
            clock.Stop();
            var c = CultureInfo.InvariantCulture;
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var p in passages)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { mmsi = p.Mmsi, closestMetres = Math.Round(p.ClosestMetres, 1), closestAt = p.Closest.Time, p.PositionsInside, p.FirstInside, p.LastInside }, JsonLines));
                }
            }
            else
            {
                var table = new Table().AddColumns("mmsi", "closest m", "closest at", "positions inside", "first inside", "last inside");
                foreach (var p in passages)
                {
                    table.AddRow(p.Mmsi.ToString("D9", c), p.ClosestMetres.ToString("0", c), p.Closest.Time.ToString("u", c), p.PositionsInside.ToString(c), p.FirstInside.ToString("u", c), p.LastInside.ToString("u", c));
                }

                AnsiConsole.Write(table);
            }

            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(c, $"{passages.Count} vessels within {metres:0} m of {centre.Longitude},{centre.Latitude} (lon,lat) between {window.Item1:u} and {window.Item2:u}; query {clock.Elapsed.TotalMilliseconds:0.0} ms")));
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTimeOffset Time(string text, string option) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new ArgumentException($"{option} '{text}' is not an ISO 8601 time (e.g. 2026-03-01T05:12:00Z)");
}
