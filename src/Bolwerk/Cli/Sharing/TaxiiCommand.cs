using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Bolwerk.Host.Sharing;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Sharing;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sharing;

/// <summary>`bolwerk taxii …`: the collections this server shares, and pulling from or pushing to a TAXII 2.1 peer.</summary>
internal static class TaxiiCommand
{
    public static Command Create()
    {
        var taxii = new Command("taxii", "TAXII 2.1: the collections served at /taxii2/, and a client to pull from or push to a peer (OpenCTI, MISP, medallion, another Bolwerk).");
        taxii.Subcommands.Add(Collections());
        taxii.Subcommands.Add(AddCollection());
        taxii.Subcommands.Add(Pull());
        taxii.Subcommands.Add(Push());
        return taxii;
    }

    private static Command Collections()
    {
        var command = new Command("collections", "The collections, with owner, share TLP and object count.");
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var store = new StixObjectStore(database);
            var table = new Table().AddColumns("alias", "id", "title", "owner", "shared at", "objects");
            foreach (var c in await store.CollectionsAsync(ct))
            {
                var count = (await store.ObjectsAsync(c.Id, ct)).Count;
                table.AddRow(Markup.Escape(c.Alias), c.Id, Markup.Escape(c.Title), Markup.Escape(c.OwnerOrganisation), c.ShareTlp.ToLabel(), count.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command AddCollection()
    {
        var alias = new Option<string>("--alias") { Description = "Short name.", Required = true };
        var title = new Option<string>("--title") { Description = "Title shown to TAXII clients.", Required = true };
        var description = new Option<string?>("--description");
        var org = new Option<string>("--org") { Description = "Owning organisation: its members read up to AMBER+STRICT and its analysts write.", Required = true };
        var share = new Option<string>("--share-tlp") { Description = "Ceiling for every other organisation: clear, green or amber.", DefaultValueFactory = _ => "green" };
        var command = new Command("add-collection", "Create a collection; prints its TAXII id.") { alias, title, description, org, share };
        command.SetAction(async (parse, ct) =>
        {
            var tlp = TlpLabels.TryParse(parse.GetValue(share), out var t) && t <= Tlp.Amber ? t : throw new ArgumentException($"--share-tlp '{parse.GetValue(share)}': clear, green or amber (AMBER+STRICT and RED stay with the owner or named people)");
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var created = await new StixObjectStore(database).CreateCollectionAsync(parse.GetValue(alias)!, parse.GetValue(title)!, parse.GetValue(description), parse.GetValue(org)!, tlp, TimeProvider.System.GetUtcNow(), ct);
            await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "taxii.collection.create", "taxii-collection", created.Id, $"{created.Alias} owned by {created.OwnerOrganisation}, shared at {tlp.ToLabel()}", ct);
            Console.Out.WriteLine(created.Id);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Pull()
    {
        var (url, collection, token) = PeerOptions();
        var addedAfter = new Option<string?>("--added-after") { Description = "Only objects the peer added after this time (what the last pull printed)." };
        var into = new Option<string?>("--into") { Description = "Store in this local collection (alias or id)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the pulled objects to this file as a bundle." };
        var limit = new Option<int>("--limit") { Description = "Objects per request.", DefaultValueFactory = _ => 500 };
        var command = new Command("pull", "Pull a collection from a TAXII 2.1 server, page by page, into a local collection or a file.") { url, collection, token, addedAfter, into, output, limit };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(into) is null && parse.GetValue(output) is null)
            {
                throw new ArgumentException("say where the objects go: --into COLLECTION or --out FILE");
            }

            DateTimeOffset? after = parse.GetValue(addedAfter) is { } a
                ? DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : throw new ArgumentException($"--added-after '{a}' is not a timestamp")
                : null;
            using var http = TaxiiClient.Create(Token(parse, token));
            var client = new TaxiiClient(http);
            var root = await client.ApiRootAsync(new Uri(parse.GetValue(url)!), ct);
            var pulled = await client.PullAsync(root, parse.GetValue(collection)!, after, Math.Clamp(parse.GetValue(limit), 1, 1000), ct);
            if (parse.GetValue(output) is { } path)
            {
                var bundle = new JsonObject { ["type"] = "bundle", ["id"] = $"bundle--{Guid.NewGuid()}", ["objects"] = new JsonArray([.. pulled.Objects.Select(o => (JsonNode)o)]) };
                await File.WriteAllTextAsync(path, bundle.ToJsonString(StixObjects.Json), ct);
            }

            var summary = string.Create(CultureInfo.InvariantCulture, $"pulled {pulled.Objects.Count} objects in {pulled.Requests} requests from {root}");
            if (parse.GetValue(into) is { } alias)
            {
                await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
                var target = await StixCommand.CollectionAsync(database, alias, ct);
                var result = await new StixIntake(new StixObjectStore(database), TimeProvider.System).AddAsync(target.Id, pulled.Objects, ct);
                summary += string.Create(CultureInfo.InvariantCulture, $"; {result.Outcomes.Count(o => o.Added)} added to {target.Alias}, {result.Outcomes.Count(o => !o.Added)} already held, {result.Changes.Count} normalised");
                await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "taxii.pull", "taxii-collection", target.Id, summary, ct);
            }

            Console.Out.WriteLine(summary);
            if (pulled.LastAdded is { } last)
            {
                Console.Out.WriteLine($"continue with --added-after {last.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Push()
    {
        var (url, collection, token) = PeerOptions();
        var from = new Option<string?>("--from") { Description = "Push this local collection (alias or id)." };
        var files = new Argument<string[]>("FILE") { Description = "Or push these STIX files.", Arity = ArgumentArity.ZeroOrMore };
        var tlp = new Option<string>("--tlp") { Description = "The peer's ceiling: nothing above it is sent, nor any reference to it.", Required = true };
        var batch = new Option<int>("--batch") { Description = "Objects per request.", DefaultValueFactory = _ => 500 };
        var unmarked = StixCommand.UnmarkedOption();
        var command = new Command("push", "Push to a TAXII 2.1 server at a TLP ceiling, in batches, reading each status.") { url, collection, token, from, files, tlp, batch, unmarked };
        command.SetAction(async (parse, ct) =>
        {
            var ceiling = TlpLabels.TryParse(parse.GetValue(tlp), out var t) ? t : throw new ArgumentException($"--tlp '{parse.GetValue(tlp)}' is not a TLP label (clear, green, amber, amber+strict, red)");
            IReadOnlyList<JsonObject> objects;
            string withheldNote;
            if (parse.GetValue(from) is { } alias)
            {
                await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
                var (bundle, shared) = await StixCommand.BundleAsync(new StixObjectStore(database), await StixCommand.CollectionAsync(database, alias, ct), ceiling, StixCommand.Unmarked(parse, unmarked), ct);
                objects = [.. bundle["objects"]!.AsArray().Select(o => o!.AsObject())];
                withheldNote = string.Create(CultureInfo.InvariantCulture, $"{shared.Withheld} withheld, {shared.Redacted} redacted");
            }
            else if (parse.GetValue(files) is { Length: > 0 } paths)
            {
                var read = StixImport.Normalise([.. paths.SelectMany(StixBundleReader.ReadFile)]).Objects;
                var shared = RecipientFilter.Apply(read, ceiling, StixCommand.Unmarked(parse, unmarked));
                objects = shared.Objects;
                withheldNote = string.Create(CultureInfo.InvariantCulture, $"{shared.Withheld} withheld, {shared.Redacted} redacted");
            }
            else
            {
                throw new ArgumentException("say what to push: --from COLLECTION or FILE…");
            }

            using var http = TaxiiClient.Create(Token(parse, token));
            var client = new TaxiiClient(http);
            var root = await client.ApiRootAsync(new Uri(parse.GetValue(url)!), ct);
            var (sent, succeeded) = await client.PushAsync(root, parse.GetValue(collection)!, objects, Math.Clamp(parse.GetValue(batch), 1, 1000), ct);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pushed {sent} objects at {ceiling.ToLabel()} to {root} ({succeeded} accepted; {withheldNote})"));
            return sent == succeeded ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static (Argument<string> Url, Option<string> Collection, Option<string?> Token) PeerOptions() =>
    (
        new Argument<string>("URL") { Description = "The peer's discovery URL (…/taxii2/) or API root." },
        new Option<string>("--collection") { Description = "The peer's collection id.", Required = true },
        new Option<string?>("--token") { Description = "Bearer token for the peer (default: $BOLWERK_TAXII_TOKEN, which keeps it out of the process list)." }
    );

    private static string? Token(ParseResult parse, Option<string?> token) => parse.GetValue(token) ?? Environment.GetEnvironmentVariable("BOLWERK_TAXII_TOKEN");
}
