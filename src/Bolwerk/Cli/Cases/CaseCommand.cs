using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bolwerk.Grading;
using Bolwerk.Host.Cases;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Reports;
using Bolwerk.Response.Toolbox;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Cases;
using Bolwerk.Storage.Infrastructure;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Cases;

/// <summary>`bolwerk case …`: case files from incident to decided response (docs/response.md). Every command and read is audited.</summary>
internal static class CaseCommand
{
    public static Command Create()
    {
        var command = new Command("case", "Case files: incidents with graded evidence, attribution, the response options ladder and decisions.");
        command.Subcommands.Add(New());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Move());
        command.Subcommands.Add(AddEvidence());
        command.Subcommands.Add(Attribute());
        command.Subcommands.Add(Technique());
        command.Subcommands.Add(Options());
        command.Subcommands.Add(Decide());
        command.Subcommands.Add(Note());
        command.Subcommands.Add(Report());
        command.Subcommands.Add(Stix());
        command.Subcommands.Add(Proposal());
        command.Subcommands.Add(Toolbox());
        return command;
    }

    private static Command Proposal()
    {
        var id = new Argument<string>("case");
        var regime = new Option<string>("--regime") { Description = "EU-RUSDA or EU-CYB.", Required = true };
        var criterion = new Option<string>("--criterion") { Description = "The regime's criterion the case meets (e.g. sabotage).", Required = true };
        var proposedBy = new Option<string>("--proposed-by") { Description = "Proposing ministry or office.", Required = true };
        var entity = new Option<string?>("--entity") { Description = "The subject's id in an imported list, when it is on one." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the YAML here instead of standard output." };
        var command = new Command("proposal", "Draft a listing proposal (the YAML of `sanctions dossier`) from the case: subject from the attribution, facts and graded evidence from the case.") { id, regime, criterion, proposedBy, entity, output };
        command.SetAction(async (parse, ct) => await WithCaseAsync(parse, parse.GetValue(id)!, "case.draft-proposal", c =>
        {
            var yaml = Bolwerk.Response.Sharing.ListingProposalDraft.Yaml(c, parse.GetValue(regime)!, parse.GetValue(criterion)!, parse.GetValue(proposedBy)!,
                DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), parse.GetValue(entity));
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, yaml);
            }
            else
            {
                Console.Out.Write(yaml);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Toolbox()
    {
        var file = new Option<string?>("--check") { Description = "Validate this toolbox file instead of showing the shipped one." };
        var command = new Command("toolbox", "The response toolbox: the escalation ladder and the options with their legal bases (or validate a toolbox file).") { file };
        command.SetAction(parse =>
        {
            var catalogue = parse.GetValue(file) is { } path ? ResponseCatalogue.Read(path) : ResponseCatalogue.Default;
            var table = new Table().AddColumns("level", "option", "legal basis", "decided by (rule)", "needs", "review");
            foreach (var o in catalogue.Options.OrderBy(o => o.Level))
            {
                table.AddRow(o.Level.ToString(CultureInfo.InvariantCulture), o.Id, Markup.Escape(o.LegalBasis), Markup.Escape($"{o.DecisionMaker} ({o.DecisionRule})"),
                    Markup.Escape($"{(o.AttributionNeeded is { } a ? a.Words() : "no attribution")}; evidence {o.EvidenceNeeded.ToString().ToLowerInvariant()}"), o.AwaitsLegalReview ? "pending" : "read");
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalogue.Options.Count} options on levels {string.Join(", ", catalogue.Ladder.Select(l => $"{l.Level} {l.Name}"))} (version {catalogue.Version})"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Stix()
    {
        var id = new Argument<string>("case");
        var forTlp = new Option<string?>("--for-tlp") { Description = "Share at this TLP: nothing marked above it is exported." };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("stix", "The case as a STIX 2.1 bundle (incident, threat actors with attributed-to confidence, attack pattern, sightings, evidence and decisions as notes, TLP 2.0 markings).") { id, forTlp, output };
        command.SetAction(async (parse, ct) => await WithCaseAsync(parse, parse.GetValue(id)!, "case.export-stix", c =>
        {
            var bundle = Bolwerk.Response.Sharing.CaseStixExport.Bundle(c, parse.GetValue(forTlp) is { } t ? Tlp(t) : null, CaseDisarm.Resolve);
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, bundle);
            }
            else
            {
                Console.Out.WriteLine(bundle);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command New()
    {
        var title = new Option<string>("--title") { Description = "Short title.", Required = true };
        var type = new Option<string>("--type") { Description = "cable-sabotage, pipeline-sabotage, cyber-attack, fimi-campaign, airspace-violation, espionage, economic-coercion, space-incident, shadow-fleet, other.", Required = true };
        var domain = new Option<string>("--domain") { Description = "maritime, cyber, information, air, space, economic …", Required = true };
        var occurred = new Option<DateTimeOffset?>("--occurred") { Description = "When it happened (ISO 8601)." };
        var place = new Option<string?>("--place") { Description = "Where." };
        var assets = new Option<string[]>("--asset") { Description = "An affected asset (repeat)." };
        var sectors = new Option<string[]>("--sector") { Description = "An affected sector (repeat)." };
        var org = new Option<string>("--org") { Description = "Owning organisation.", Required = true };
        var tlp = new Option<string>("--tlp") { Description = "The case's marking.", DefaultValueFactory = _ => "amber" };
        var command = new Command("new", "Open a case; prints its id.") { title, type, domain, occurred, place, assets, sectors, org, tlp };
        command.SetAction(async (parse, ct) =>
        {
            var incident = IncidentTypes.TryParse(parse.GetValue(type), out var t) ? t : throw new ArgumentException($"--type '{parse.GetValue(type)}' is not an incident type");
            var marking = Tlp(parse.GetValue(tlp)!);
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var cases = Cases(database);
            var created = await cases.CreateAsync(id => CaseFile.Open(id, parse.GetValue(title)!, incident, parse.GetValue(domain)!, parse.GetValue(occurred), parse.GetValue(place),
                parse.GetValue(assets) ?? [], parse.GetValue(sectors) ?? [], parse.GetValue(org)!, marking, cases.Now, CliAudit.Actor), ct);
            await AuditAsync(database, "case.open", created.Id, created.Title, ct);
            Console.Out.WriteLine(created.Id);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Every case, newest change first.");
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var table = new Table().AddColumns("case", "title", "incident", "state", "owner", "marking", "events", "updated");
            foreach (var c in await Cases(database).ListAsync(ct))
            {
                table.AddRow(c.Id, Markup.Escape(c.Title), c.IncidentType, c.State, c.OwnerOrganisation, ((Tlp)c.Tlp).ToLabel(), c.Version.ToString(CultureInfo.InvariantCulture), c.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            await AuditAsync(database, "case.list", null, null, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("case");
        var command = new Command("show", "The case: facts, evidence, attributions, decisions and history (Markdown, the coordinator's full view).") { id };
        command.SetAction(async (parse, ct) => await WithCaseAsync(parse, parse.GetValue(id)!, "case.read", c =>
        {
            Console.Out.Write(CaseReport.Markdown(c, OptionEngine.Assess(c, ResponseCatalogue.Default), null));
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Move()
    {
        var id = new Argument<string>("case");
        var to = new Option<string>("--to") { Description = "assessing, deciding, responding, monitoring, closed, or open (reopen).", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why." };
        var command = new Command("move", "Move the case to another state; illegal moves are refused naming from and to.") { id, to, reason };
        command.SetAction(async (parse, ct) =>
        {
            var target = CaseStates.TryParse(parse.GetValue(to), out var s) ? s : throw new ArgumentException($"--to '{parse.GetValue(to)}' is not a case state");
            return await UpdateAsync(parse, parse.GetValue(id)!, "case.move", (c, now) => c.Move(target, parse.GetValue(reason), now, CliAudit.Actor), c => $"{c.Id} is {c.State.Name()}", ct);
        });
        return command;
    }

    private static Command AddEvidence()
    {
        var id = new Argument<string>("case");
        var alert = new Option<string?>("--alert") { Description = "A stored alert (maritime, FIMI) to add as evidence in one step: its title, grade, marking and a hash of the alert." };
        var source = new Option<string?>("--source") { Description = "document, intelligence, sanctions-match, forensics (when not --alert)." };
        var reference = new Option<string?>("--reference") { Description = "The source's reference." };
        var summary = new Option<string?>("--summary") { Description = "What it shows, in one sentence." };
        var grade = new Option<string?>("--grade") { Description = "Admiralty code, e.g. B2 (default for an alert: its first evidence's grade)." };
        var file = new Option<string?>("--file") { Description = "A file the evidence is: hashed (SHA-256)." };
        var tlp = new Option<string?>("--tlp") { Description = "Its marking (default for an alert: the alert's)." };
        var releasable = new Option<bool>("--releasable") { Description = "It may be disclosed in public attribution or a statement of reasons." };
        var command = new Command("add-evidence", "Add graded evidence, from a stored alert in one step or from a source reference.") { id, alert, source, reference, summary, grade, file, tlp, releasable };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            EvidenceSource kind;
            string reference_, summary_;
            AdmiraltyGrade grade_;
            Tlp marking;
            string? sha = null;
            if (parse.GetValue(alert) is { } alertId)
            {
                var stored = await new AlertStore(database, TimeProvider.System).FindAsync(alertId, ct) ?? throw new ArgumentException($"--alert {alertId}: no such alert");
                kind = EvidenceSource.Alert;
                reference_ = $"{stored.Alert.Kind} {stored.Id}";
                summary_ = parse.GetValue(summary) ?? stored.Alert.Title;
                grade_ = parse.GetValue(grade) is { } g ? Grade(g) : stored.Alert.Evidence.Count > 0 ? stored.Alert.Evidence[0].Grade : AdmiraltyGrade.Parse("F6");
                marking = parse.GetValue(tlp) is { } t ? Tlp(t) : stored.Alert.Tlp;
                sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(stored.Alert))));
            }
            else
            {
                kind = parse.GetValue(source) switch
                {
                    "document" => EvidenceSource.Document,
                    "intelligence" => EvidenceSource.Intelligence,
                    "sanctions-match" => EvidenceSource.SanctionsMatch,
                    "forensics" => EvidenceSource.Forensics,
                    var other => throw new ArgumentException($"--source '{other}' is not document, intelligence, sanctions-match or forensics (or give --alert)"),
                };
                reference_ = parse.GetValue(reference) ?? throw new ArgumentException("--reference is required without --alert");
                summary_ = parse.GetValue(summary) ?? throw new ArgumentException("--summary is required without --alert");
                grade_ = Grade(parse.GetValue(grade) ?? throw new ArgumentException("--grade is required without --alert"));
                marking = Tlp(parse.GetValue(tlp) ?? "amber");
            }

            if (parse.GetValue(file) is { } path)
            {
                await using var content = File.OpenRead(path);
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
            }

            return await UpdateAsync(database, parse.GetValue(id)!, "case.add-evidence",
                (c, now) => c.AddEvidence(kind, reference_, summary_, grade_, sha, marking, parse.GetValue(releasable), now, CliAudit.Actor),
                c => $"{c.Evidence[^1].Id} added to {c.Id} ({c.Evidence[^1].Grade}, {c.Evidence[^1].Tlp.ToLabel()})", ct);
        });
        return command;
    }

    private static Command Attribute()
    {
        var id = new Argument<string>("case");
        var actor = new Option<string>("--actor") { Description = "Who.", Required = true };
        var kind = new Option<string>("--kind") { Description = "state, proxy, group, company, vessel, person.", Required = true };
        var confidence = new Option<string>("--confidence") { Description = "remote-chance, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain.", Required = true };
        var basis = new Option<string>("--basis") { Description = "The reasoning and evidence.", Required = true };
        var dissent = new Option<string?>("--dissent") { Description = "Differing views, and whose." };
        var declassifiable = new Option<bool>("--declassifiable") { Description = "The evidence behind it can be made public." };
        var command = new Command("attribute", "State an attribution (earlier ones stay in the history).") { id, actor, kind, confidence, basis, dissent, declassifiable };
        command.SetAction(async (parse, ct) =>
        {
            var actorKind = Enum.TryParse<ActorKind>(parse.GetValue(kind), true, out var k) ? k : throw new ArgumentException($"--kind '{parse.GetValue(kind)}' is not an actor kind");
            var likelihood = ProbabilityYardstick.TryParseTerm(parse.GetValue(confidence), out var term)
                ? term
                : throw new ArgumentException($"--confidence '{parse.GetValue(confidence)}' is not a yardstick term");
            return await UpdateAsync(parse, parse.GetValue(id)!, "case.attribute",
                (c, now) => c.Attribute(actorKind, parse.GetValue(actor)!, likelihood, parse.GetValue(basis)!, parse.GetValue(dissent), parse.GetValue(declassifiable), now, CliAudit.Actor),
                c => $"{c.Id}: {c.CurrentAttribution!.Describe()}", ct);
        });
        return command;
    }

    private static Command Technique()
    {
        var id = new Argument<string>("case");
        var technique = new Argument<string?>("TECHNIQUE") { Description = "DISARM technique id, e.g. T0049.003.", Arity = ArgumentArity.ZeroOrOne };
        var reject = new Option<bool>("--reject") { Description = "Reject the technique instead of confirming it." };
        var note = new Option<string?>("--note") { Description = "Why (goes into the STIX export)." };
        var fromNetwork = new Option<string?>("--from-network") { Description = "Take over the confirmed techniques of a stored FIMI network (bolwerk fimi networks RUN)." };
        var command = new Command("technique", "Confirm or reject a DISARM technique for the case, or take over a stored FIMI network's confirmed techniques; the latest decision per technique stands.") { id, technique, reject, note, fromNetwork };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            List<(string Technique, bool Confirmed, string? Note, string? Source)> tags;
            if (parse.GetValue(fromNetwork) is { } networkId)
            {
                var found = await new Bolwerk.Host.Fimi.StoredFimiRuns(new Bolwerk.Storage.Fimi.FimiRunStore(database), TimeProvider.System).NetworkAsync(networkId, ct)
                    ?? throw new ArgumentException($"no stored FIMI network '{networkId}' (see `bolwerk fimi networks RUN`)");
                tags = [.. found.Network.ForCase()];
                if (tags.Count == 0)
                {
                    throw new ArgumentException($"network {networkId} has no confirmed technique to take over (bolwerk fimi tag)");
                }
            }
            else
            {
                var given = parse.GetValue(technique) ?? throw new ArgumentException("name a TECHNIQUE or --from-network NETWORK");
                if (Bolwerk.Information.Networks.TechniqueValidation.Problem(given, Bolwerk.Information.Disarm.DisarmFramework.Default) is { } problem)
                {
                    throw new ArgumentException(problem);
                }

                tags = [(given, !parse.GetValue(reject), parse.GetValue(note), null)];
            }

            return await UpdateAsync(database, parse.GetValue(id)!, "case.technique",
                (c, now) =>
                {
                    foreach (var (t, confirmed, why, source) in tags)
                    {
                        c.TagTechnique(t, confirmed, why, source, now, CliAudit.Actor);
                    }
                },
                c => $"{c.Id}: " + string.Join(", ", c.Techniques.Select(t => (t.Confirmed ? "+" : "−") + t.Technique)), ct);
        });
        return command;
    }

    private static Command Options()
    {
        var id = new Argument<string>("case");
        var format = new Option<string>("--format") { Description = "table or jsonl (option, level, available, reasons, missing).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("options", "The response options for the case, lowest escalation first: available or not, why, and what is missing.") { id, format };
        command.SetAction(async (parse, ct) => await WithCaseAsync(parse, parse.GetValue(id)!, "case.options", c =>
        {
            var options = OptionEngine.Assess(c, ResponseCatalogue.Default);
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var o in options)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { option = o.Option.Id, level = o.Option.Level, available = o.Available, decisionRule = o.Option.DecisionRule, reasons = o.Reasons, missing = o.Missing }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("level", "option", "decided by", "available", "why / what is missing");
            foreach (var o in options)
            {
                table.AddRow(o.Option.Level.ToString(CultureInfo.InvariantCulture), o.Option.Id, Markup.Escape($"{o.Option.DecisionMaker} ({o.Option.DecisionRule})"),
                    o.Available ? "[green]yes[/]" : "no", Markup.Escape(string.Join("; ", o.Available ? o.Reasons : o.Missing)));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Decide()
    {
        var id = new Argument<string>("case");
        var option = new Option<string>("--option") { Description = "The toolbox option decided on.", Required = true };
        var rationale = new Option<string>("--rationale") { Description = "Why.", Required = true };
        var decider = new Option<string>("--decider") { Description = "Who decided.", Required = true };
        var partners = new Option<string[]>("--partner") { Description = "A partner coordinated with (repeat)." };
        var followUp = new Option<string?>("--follow-up") { Description = "What follows." };
        var review = new Option<string?>("--review") { Description = "Review date (YYYY-MM-DD)." };
        var command = new Command("decide", "Record a decided response (the case must be deciding); what the engine reports missing is recorded with it.") { id, option, rationale, decider, partners, followUp, review };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = ResponseCatalogue.Default.Find(parse.GetValue(option)!) ?? throw new ArgumentException($"--option '{parse.GetValue(option)}' is not in the toolbox");
            return await UpdateAsync(parse, parse.GetValue(id)!, "case.decide", (c, now) =>
            {
                var missing = OptionEngine.Assess(c, chosen).Missing;
                c.Decide(new Decision(chosen.Id, parse.GetValue(rationale)!, parse.GetValue(decider)!, now, parse.GetValue(partners) ?? [], parse.GetValue(followUp), parse.GetValue(review), missing, CliAudit.Actor));
                foreach (var m in missing)
                {
                    CliConsole.Warn($"decided although: {m}");
                }
            }, c => $"{c.Id}: {chosen.Id} decided by {c.Decisions[^1].Decider}", ct);
        });
        return command;
    }

    private static Command Note()
    {
        var id = new Argument<string>("case");
        var text = new Option<string>("--text") { Required = true };
        var tlp = new Option<string>("--tlp") { DefaultValueFactory = _ => "amber" };
        var effectOf = new Option<string?>("--effect-of") { Description = "The decided option whose effect this records (monitoring)." };
        var command = new Command("note", "Add a note (a coordination step), or with --effect-of an observed effect of a decided response.") { id, text, tlp, effectOf };
        command.SetAction(async (parse, ct) =>
            await UpdateAsync(parse, parse.GetValue(id)!, "case.note", (c, now) =>
            {
                if (parse.GetValue(effectOf) is { } option)
                {
                    c.RecordEffect(option, parse.GetValue(text)!, Tlp(parse.GetValue(tlp)!), now, CliAudit.Actor);
                }
                else
                {
                    c.AddNote(parse.GetValue(text)!, Tlp(parse.GetValue(tlp)!), now, CliAudit.Actor);
                }
            }, c => $"note added to {c.Id}", ct));
        return command;
    }

    private static Command Report()
    {
        var id = new Argument<string>("case");
        var forTlp = new Option<string?>("--for-tlp") { Description = "Report for a recipient at this TLP: everything marked above is left out (and counted)." };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("report", "The case report, for the coordinator or for a partner at a TLP ceiling.") { id, forTlp, format, output };
        command.SetAction(async (parse, ct) => await WithCaseAsync(parse, parse.GetValue(id)!, "case.report", c =>
        {
            Tlp? ceiling = parse.GetValue(forTlp) is { } t ? Tlp(t) : null;
            var options = OptionEngine.Assess(c, ResponseCatalogue.Default);
            var text = parse.GetValue(format) == "html" ? CaseReport.Html(c, options, ceiling) : CaseReport.Markdown(c, options, ceiling);
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static StoredCases Cases(BolwerkDatabase database) => new(new CaseStore(database), TimeProvider.System);

    private static async Task<int> WithCaseAsync(ParseResult parse, string id, string action, Func<CaseFile, int> read, CancellationToken ct)
    {
        await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
        var c = await Cases(database).LoadAsync(id, ct);
        if (c is null)
        {
            CliConsole.Fail($"no case {id}");
            return ExitCodes.Failure;
        }

        var exit = read(c);
        await AuditAsync(database, action, id, null, ct);
        return exit;
    }

    private static async Task<int> UpdateAsync(ParseResult parse, string id, string action, Action<CaseFile, DateTimeOffset> command, Func<CaseFile, string> done, CancellationToken ct)
    {
        await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
        return await UpdateAsync(database, id, action, command, done, ct);
    }

    private static async Task<int> UpdateAsync(BolwerkDatabase database, string id, string action, Action<CaseFile, DateTimeOffset> command, Func<CaseFile, string> done, CancellationToken ct)
    {
        var cases = Cases(database);
        CaseFile? updated;
        try
        {
            updated = await cases.UpdateAsync(id, c => command(c, cases.Now), ct);
        }
        catch (CaseRuleException e)
        {
            CliConsole.Fail(e.Message);
            await AuditAsync(database, action, id, "refused: " + e.Message, ct, AuditOutcome.Failed);
            return ExitCodes.DataError;
        }

        if (updated is null)
        {
            CliConsole.Fail($"no case {id}");
            return ExitCodes.Failure;
        }

        Console.Out.WriteLine(done(updated));
        await AuditAsync(database, action, id, done(updated), ct);
        return ExitCodes.Success;
    }

    private static Task AuditAsync(BolwerkDatabase database, string action, string? id, string? reason, CancellationToken ct, AuditOutcome outcome = AuditOutcome.Allowed) =>
        new AuditLog(database).AppendAsync(new AuditEntry(0, TimeProvider.System.GetUtcNow(), null, CliAudit.Actor, null, action, "case", id, outcome, reason, null), ct);

    private static Tlp Tlp(string text) => TlpLabels.TryParse(text, out var tlp) ? tlp : throw new ArgumentException($"'{text}' is not a TLP label (clear, green, amber, amber+strict, red)");

    private static AdmiraltyGrade Grade(string text) => AdmiraltyGrade.TryParse(text, out var grade) ? grade : throw new ArgumentException($"'{text}' is not an Admiralty code (e.g. B2)");
}
