using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Host.Fimi;
using Bolwerk.Information.Disarm;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Fimi;
using Bolwerk.Information.Sharing;
using Bolwerk.Marking;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>
/// `bolwerk fimi export --stix --tlp green [--producer ORG] [--out FILE] INPUT…`: detects networks
/// and writes them as a STIX 2.1 bundle for partners, every object marked at the given TLP.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var detection = new DetectionArguments();
        var stix = new Option<bool>("--stix") { Description = "Write STIX 2.1 (the only export format so far; required so that later formats stay explicit)." };
        var tlp = new Option<string>("--tlp") { Description = "Marking of every exported object (TLP 2.0: clear, green, amber, amber+strict, red).", DefaultValueFactory = _ => "amber" };
        var producer = new Option<string>("--producer") { Description = "The producing organisation, written as the bundle's identity.", DefaultValueFactory = _ => "Bolwerk" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var run = new Option<string?>("--run") { Description = "Export a stored run (fimi detect --store) with the analysts' decisions instead of detecting on INPUT: confirmed techniques as confirmed, rejected ones left out." };
        var command = new Command("export", "Detect coordinated networks and export them as a STIX 2.1 bundle (intrusion-sets, user-accounts, observed-data, sightings, notes with the evidence and parameters, DISARM attack-patterns), TLP 2.0 marked.")
        {
            stix, tlp, producer, output, run,
        };
        detection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(stix))
            {
                throw new ArgumentException("fimi export: say the format, --stix");
            }

            var marking = TlpLabels.TryParse(parse.GetValue(tlp), out var t) ? t : throw new ArgumentException($"--tlp '{parse.GetValue(tlp)}' is not a TLP label (clear, green, amber, amber+strict, red)");
            string bundle;
            int networks;
            if (parse.GetValue(run) is { } runId)
            {
                await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
                var runs = new StoredFimiRuns(new FimiRunStore(database), TimeProvider.System);
                var stored = await runs.RunAsync(runId, ct) ?? throw new ArgumentException($"no stored run '{runId}' (see `bolwerk fimi runs`)");
                bundle = await runs.StixAsync(stored, marking, parse.GetValue(producer)!, ct);
                networks = stored.Networks;
                await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "fimi.run.export-stix", "fimi-run", stored.Id, marking.ToLabel(), ct);
            }
            else
            {
                var (result, options, _, _) = detection.Run(parse);
                var parameters = JsonSerializer.Serialize(DetectionArguments.Parameters(options));
                bundle = NetworkStixExport.Bundle(result.Networks, parse.GetValue(producer)!, marking, TimeProvider.System.GetUtcNow(), DisarmFramework.Default, parameters);
                networks = result.Networks.Count;
            }

            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, bundle);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{networks} networks written to {path} ({marking.ToLabel()})"));
            }
            else
            {
                Console.Out.WriteLine(bundle);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
