using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>
/// `bolwerk maritime assets`: loads infrastructure layers and says what they hold, or which
/// assets lie within a radius of a position (the corridor question a watch officer asks).
/// </summary>
internal static class MaritimeAssetsCommand
{
    private static readonly JsonSerializerOptions JsonLines = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var assets = new Option<string[]>("--assets", "-a")
        {
            Description = "GeoJSON layer (RFC 7946); repeat for more layers.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var near = new Option<string?>("--near") { Description = "A position as LON,LAT (WGS 84 degrees): list the assets within --radius of it, nearest first." };
        var radius = new Option<double>("--radius", "-r") { Description = "Corridor half-width in metres for --near.", DefaultValueFactory = _ => 5_000 };
        var format = new Option<string>("--format", "-f") { Description = "table or jsonl (one object per asset).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("assets", "Load infrastructure layers and summarise them, or list the assets near a position.")
        {
            assets, near, radius, format,
        };
        command.SetAction(parse =>
        {
            var layers = parse.GetValue(assets)!.Select(AssetLayerReader.Read).ToList();
            var all = layers.SelectMany(layer => layer).ToList();
            var jsonl = parse.GetValue(format) == "jsonl";
            if (parse.GetValue(near) is not { } position)
            {
                WriteSummary(all, jsonl);
                return ExitCodes.Success;
            }

            var point = ParsePosition(position, "--near");
            var found = new AssetIndex(all).Within(point, parse.GetValue(radius));
            WriteFound(found, jsonl);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{found.Count} of {all.Count} assets within {parse.GetValue(radius):0} m of {point.Longitude},{point.Latitude} (lon,lat)")));
            return ExitCodes.Success;
        });
        return command;
    }

    // "LON,LAT", as the maritime forensics contract writes positions.
    internal static GeoPoint ParsePosition(string text, string option)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && GeoPoint.TryCreate(latitude, longitude, out var point))
        {
            return point;
        }

        throw new ArgumentException($"{option} '{text}' is not LON,LAT in degrees (e.g. 3.2,53.4)");
    }

    private static void WriteSummary(List<InfrastructureAsset> all, bool jsonl)
    {
        var groups = all.GroupBy(asset => (asset.Layer, asset.Kind)).OrderBy(group => group.Key.Layer, StringComparer.Ordinal).ThenBy(group => group.Key.Kind);
        if (jsonl)
        {
            foreach (var group in groups)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { layer = group.Key.Layer, kind = Kebab(group.Key.Kind), features = group.Count() }, JsonLines));
            }

            return;
        }

        var table = new Table().AddColumns("layer", "kind", "features");
        foreach (var group in groups)
        {
            table.AddRow(Markup.Escape(group.Key.Layer), Kebab(group.Key.Kind), group.Count().ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    private static void WriteFound(IReadOnlyList<AssetDistance> found, bool jsonl)
    {
        if (jsonl)
        {
            foreach (var (asset, metres) in found)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { id = asset.Id, name = asset.Name, kind = Kebab(asset.Kind), layer = asset.Layer, metres = Math.Round(metres, 1) }, JsonLines));
            }

            return;
        }

        var table = new Table().AddColumns("metres", "kind", "name", "id", "layer");
        foreach (var (asset, metres) in found)
        {
            table.AddRow(metres.ToString("0", CultureInfo.InvariantCulture), Kebab(asset.Kind), Markup.Escape(asset.Name ?? ""), Markup.Escape(asset.Id), Markup.Escape(asset.Layer));
        }

        AnsiConsole.Write(table);
    }

    // WindFarm → wind-farm, as the alert kinds are written.
    private static string Kebab(AssetKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
