using System.CommandLine;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Reports;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy report` (frozen progress report) and `bolwerk strategy regenerate` (its check).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var asOf = new Option<DateOnly>("--as-of") { Description = "Status as of this date.", Required = true };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var output = new Option<string?>("--out") { Description = "Freeze the report into this directory: report.html|md (and charts/*.svg for md), inputs/ (copies of every input, model included), report.json (hashes). Without it the report is written to standard output." };
        var nato = new Option<string?>("--nato") { Description = "NATO defence expenditure % of GDP table (CSV: Country,2014,…,2024e)." };
        var natoEdition = new Option<string>("--nato-edition") { Description = "The edition of that table, named in the report.", DefaultValueFactory = _ => "NATO (edition not stated)" };
        var sipri = new Option<string?>("--sipri") { Description = "SIPRI military expenditure % of GDP (OWID long form): adds the NATO/SIPRI cross-check for the Netherlands." };
        var sipriEdition = new Option<string>("--sipri-edition") { DefaultValueFactory = _ => "SIPRI (edition not stated)" };
        var kiel = new Option<string?>("--kiel") { Description = "Directory of a Kiel Ukraine Support Tracker release." };
        var crm = CrmOptions.Files();
        var noShippedCrm = CrmOptions.NoShipped();
        var model = new Option<string?>("--model") { Description = "A strategy model file instead of the shipped data/strategy/ivs-2026-2030.yaml." };
        var command = new Command("report", "A self-contained progress report for Parliament (HTML with SVG charts of each indicator against its path, or Markdown), naming the data editions; with --out frozen with its inputs' hashes so it regenerates byte-identically.")
        {
            asOf, format, output, nato, natoEdition, sipri, sipriEdition, kiel, crm, noShippedCrm, model,
        };
        command.SetAction(parse =>
        {
            var crmFiles = CrmOptions.Specs(parse.GetValue(crm));
            var request = new ReportRequest(parse.GetValue(asOf), parse.GetValue(format)!, parse.GetValue(nato), parse.GetValue(natoEdition)!, parse.GetValue(kiel), crmFiles, !parse.GetValue(noShippedCrm), parse.GetValue(model),
                parse.GetValue(sipri), parse.GetValue(sipriEdition)!);
            if (parse.GetValue(output) is { } directory)
            {
                var manifest = FrozenReport.Freeze(request, directory, StatusRule.Default);
                Console.Out.WriteLine($"{Path.Combine(directory, manifest.Output)} sha256 {manifest.OutputSha256}; {manifest.Inputs.Count} inputs hashed in {Path.Combine(directory, FrozenReport.ManifestFile)}");
                return ExitCodes.Success;
            }

            var scratch = Directory.CreateTempSubdirectory("bolwerk-report-").FullName;
            try
            {
                var manifest = FrozenReport.Freeze(request, scratch, StatusRule.Default);
                Console.Out.Write(File.ReadAllText(Path.Combine(scratch, manifest.Output)));
                return ExitCodes.Success;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }

    public static Command Regenerate()
    {
        var directory = new Argument<string>("directory") { Description = "A directory written by `strategy report --out`." };
        var command = new Command("regenerate", "Checks a frozen report: every input against its recorded hash, then renders it again and compares the bytes; exit 0 only when identical.")
        {
            directory,
        };
        command.SetAction(parse =>
        {
            var result = FrozenReport.Regenerate(parse.GetValue(directory)!);
            (result.Identical ? Console.Out : Console.Error).WriteLine(result.Detail);
            return result.Identical ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
