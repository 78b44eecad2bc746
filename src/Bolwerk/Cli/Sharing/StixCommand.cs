using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Bolwerk.Host.Sharing;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Sharing;

namespace Bolwerk.Host.Cli.Sharing;

/// <summary>`bolwerk stix import|export`: STIX 2.1 bundles into and out of the shared collections.</summary>
internal static class StixCommand
{
    public static Command Create()
    {
        var stix = new Command("stix", "STIX 2.1 bundles: import into a collection (normalised to plain STIX 2.1 with TLP 2.0), export at a TLP.");
        stix.Subcommands.Add(Import());
        stix.Subcommands.Add(Export());
        return stix;
    }

    private static Command Import()
    {
        var files = new Argument<string[]>("FILE") { Description = "STIX bundles, TAXII envelopes or single objects (JSON).", Arity = ArgumentArity.OneOrMore };
        var collection = new Option<string>("--collection") { Description = "Alias or id of the collection (see `bolwerk taxii collections`).", Required = true };
        var command = new Command("import", "Import STIX into a collection: TLP 1.0 and OpenCTI markings become TLP 2.0, OpenCTI narratives and channels plain STIX; every version kept, repeats ignored.") { files, collection };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var target = await CollectionAsync(database, parse.GetValue(collection)!, ct);
            var intake = new StixIntake(new StixObjectStore(database), TimeProvider.System);
            foreach (var file in parse.GetValue(files)!)
            {
                var result = await intake.AddAsync(target.Id, StixBundleReader.ReadFile(file), ct);
                foreach (var change in result.Changes)
                {
                    Console.Error.WriteLine($"{file}: {change}");
                }

                var line = string.Create(CultureInfo.InvariantCulture, $"{file}: {result.Outcomes.Count} objects, {result.Outcomes.Count(o => o.Added)} added, {result.Outcomes.Count(o => !o.Added)} already held, {result.Changes.Count} normalised");
                Console.Out.WriteLine(line);
                await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "stix.import", "taxii-collection", target.Id, line, ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export()
    {
        var collection = new Option<string>("--collection") { Description = "Alias or id of the collection.", Required = true };
        var tlp = new Option<string>("--tlp") { Description = "The recipient's ceiling: nothing marked above it is written, nor any reference to it.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var unmarked = UnmarkedOption();
        var command = new Command("export", "Export a collection as a STIX 2.1 bundle for a recipient at a TLP (latest versions; withheld objects, references and granular-marked properties left out and counted).") { collection, tlp, output, unmarked };
        command.SetAction(async (parse, ct) =>
        {
            var ceiling = TlpLabels.TryParse(parse.GetValue(tlp), out var t) ? t : throw new ArgumentException($"--tlp '{parse.GetValue(tlp)}' is not a TLP label (clear, green, amber, amber+strict, red)");
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var source = await CollectionAsync(database, parse.GetValue(collection)!, ct);
            var (bundle, shared) = await BundleAsync(new StixObjectStore(database), source, ceiling, Unmarked(parse, unmarked), ct);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, bundle.ToJsonString(StixObjects.Json), ct);
            }
            else
            {
                Console.Out.WriteLine(bundle.ToJsonString(StixObjects.Json));
            }

            var summary = string.Create(CultureInfo.InvariantCulture, $"{bundle["objects"]!.AsArray().Count} objects at {ceiling.ToLabel()}; {shared.Withheld} withheld, {shared.Redacted} redacted");
            Console.Error.WriteLine(summary);
            await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "stix.export", "taxii-collection", source.Id, summary, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The latest version of everything in a collection a recipient at <paramref name="ceiling"/> may receive, as a bundle.</summary>
    internal static async Task<(JsonObject Bundle, SharedObjects Shared)> BundleAsync(StixObjectStore store, TaxiiCollectionInfo collection, Tlp ceiling, Tlp unmarked, CancellationToken ct)
    {
        var (_, shared) = await StixVisibility.FilterAsync(store, collection, ceiling, unmarked, ct);
        var latest = shared.Objects.GroupBy(o => o["id"]!.GetValue<string>(), StringComparer.Ordinal).Select(g => g.MaxBy(RecipientFilter.Version)!).ToList();
        var bundle = new JsonObject { ["type"] = "bundle", ["id"] = $"bundle--{Guid.NewGuid()}", ["objects"] = new JsonArray([.. latest.Select(o => (JsonNode)o)]) };
        return (bundle, shared);
    }

    /// <summary>--unmarked-as: what an object without a TLP marking counts as (default AMBER, as the TAXII server counts it).</summary>
    internal static Option<string> UnmarkedOption() => new("--unmarked-as")
    {
        Description = "What an object without a TLP marking counts as (default amber: unmarked is not public). Public feeds such as the OASIS examples need clear or green.",
        DefaultValueFactory = _ => "amber",
    };

    internal static Tlp Unmarked(ParseResult parse, Option<string> option) =>
        TlpLabels.TryParse(parse.GetValue(option), out var t) ? t : throw new ArgumentException($"--unmarked-as '{parse.GetValue(option)}' is not a TLP label (clear, green, amber, amber+strict, red)");

    internal static async Task<TaxiiCollectionInfo> CollectionAsync(BolwerkDatabase database, string idOrAlias, CancellationToken ct) =>
        await new StixObjectStore(database).FindCollectionAsync(idOrAlias, ct) ?? throw new ArgumentException($"no collection '{idOrAlias}' (see `bolwerk taxii collections`; add one with `bolwerk taxii add-collection`)");
}
