using System.CommandLine;
using System.Globalization;
using Bolwerk.Sanctions.Dossiers;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Model;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>`bolwerk sanctions dossier`: a listing proposal (EU-RUSDA, EU-CYB) from a proposal file, its subject looked up in the lists.</summary>
internal static class SanctionsDossierCommand
{
    public static Command Create()
    {
        var proposal = new Argument<string>("proposal") { Description = "The proposal YAML: regime, proposedBy, date, subject (entity id and/or name and facts), grounds with facts citing evidence, graded evidence (docs/sanctions.md)." };
        var lists = new Option<string[]>("--list") { Description = "List files to find the subject and its present listings in; without it, the newest imported versions." };
        var output = new Option<string?>("--out", "-o") { Description = "Write dossier.md, dossier.html, dossier.ftm.json and dossier-fsf.xml into this folder (otherwise the Markdown goes to standard output)." };
        var command = new Command("dossier", "Build a listing-proposal dossier: identifying information, the regime's criteria with the facts that meet each, graded evidence, statement of reasons, proposed FSF entry, and checks.")
        {
            proposal, lists, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var read = ListingProposalReader.Read(parse.GetValue(proposal)!);
            IReadOnlyList<SanctionedEntity> entities;
            if (parse.GetValue(lists) is { Length: > 0 } files)
            {
                entities = [.. files.SelectMany(SanctionsListFile.Read)];
            }
            else
            {
                await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
                entities = (await SanctionsStoreCommands.Lists(database).LatestAsync(cancellationToken)).Entities;
            }

            var dossier = ListingDossier.Build(read, entities);
            foreach (var check in dossier.Checks)
            {
                CliConsole.Warn(check);
            }

            if (parse.GetValue(output) is not { } folder)
            {
                Console.Out.Write(DossierDocuments.Markdown(dossier));
                return ExitCodes.Success;
            }

            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "dossier.md"), DossierDocuments.Markdown(dossier), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "dossier.html"), DossierDocuments.Html(dossier), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "dossier.ftm.json"), DossierDocuments.FtmJsonLines(dossier), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "dossier-fsf.xml"), DossierDocuments.FsfEntry(dossier).ToString(), cancellationToken);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{dossier.Regime.Key} proposal for {dossier.Subject.Names[0]}: {read.Grounds.Count} grounds, {read.Evidence.Count} evidence items, {dossier.Checks.Count} checks; written to {folder}")));
            return ExitCodes.Success;
        });
        return command;
    }
}
