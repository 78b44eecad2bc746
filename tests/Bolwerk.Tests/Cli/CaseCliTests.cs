using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk case` as a child process: a cable case from an alert to a decision and a partner report, every step audited.</summary>
public sealed class CaseCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-case-").FullName;

    [Fact]
    public async Task A_cable_case_goes_from_a_stored_alert_to_a_decision_and_a_partner_report()
    {
        var db = Path.Combine(_directory, "c.db");
        string alertId;
        await using (var database = BolwerkDatabase.Open(db))
        {
            await new Migrator(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
            await new AccountStore(database, TimeProvider.System).EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None);
            var alerts = new AlertStore(database, TimeProvider.System);
            await alerts.IngestAsync("test", "b1", [SampleAlerts.SlowTransit(0, Tlp.Amber)], "kustwacht", "test", CancellationToken.None);
            alertId = (await alerts.ListAsync(10, CancellationToken.None)).Single().Id;
        }

        async Task<string> Run(params string[] args)
        {
            var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, ["-d", db, .. args]);
            exit.ShouldBe(0, $"{string.Join(' ', args)}: {stderr}");
            return stdout;
        }

        var id = (await Run("case", "new", "--title", "BritNed damaged", "--type", "cable-sabotage", "--domain", "maritime", "--org", "nctv", "--asset", "BritNed", "--tlp", "amber")).Trim();
        id.ShouldStartWith("case-");
        var (refused, _, refusal) = await CliProcess.RunAsync(_directory, "-d", db, "case", "move", id, "--to", "responding");
        refused.ShouldBe(65);
        refusal.ShouldContain("cannot move from open to responding");

        await Run("case", "move", id, "--to", "assessing");
        (await Run("case", "add-evidence", id, "--alert", alertId)).ShouldContain("E1 added");
        (await Run("case", "add-evidence", id, "--source", "document", "--reference", "OM statement", "--summary", "Anchor drag track on the seabed", "--grade", "A2", "--tlp", "clear", "--releasable")).ShouldContain("E2 added");
        await Run("case", "add-evidence", id, "--source", "intelligence", "--reference", "report 9", "--summary", "STRICT-ONLY liaison detail", "--grade", "B2", "--tlp", "amber+strict");
        await Run("case", "add-evidence", id, "--source", "intelligence", "--reference", "report 10", "--summary", "RED-ONLY source detail", "--grade", "A1", "--tlp", "red");
        await Run("case", "attribute", id, "--actor", "Vessel X (IMO 9329760)", "--kind", "vessel", "--confidence", "likely", "--basis", "track and speed");
        await Run("case", "move", id, "--to", "deciding");
        var options = await Run("case", "options", id, "--format", "jsonl");
        options.ShouldContain("\"option\":\"demarche\",\"level\":2,\"available\":true");
        options.ShouldContain("\"option\":\"public-attribution\",\"level\":3,\"available\":false");

        await Run("case", "attribute", id, "--actor", "Vessel X (IMO 9329760)", "--kind", "vessel", "--confidence", "highly-likely", "--basis", "seabed track matches", "--declassifiable");
        (await Run("case", "options", id, "--format", "jsonl")).ShouldContain("\"option\":\"eu-listing-hybrid\",\"level\":3,\"available\":true");
        (await Run("case", "decide", id, "--option", "eu-listing-hybrid", "--rationale", "Propose listing with partners", "--decider", "Minister of Foreign Affairs", "--partner", "UK", "--review", "2027-03-01"))
            .ShouldContain("eu-listing-hybrid decided by Minister of Foreign Affairs");
        await Run("case", "move", id, "--to", "responding");

        var partner = await Run("case", "report", id, "--for-tlp", "amber");
        partner.ShouldContain("Anchor drag track on the seabed");
        partner.ShouldNotContain("STRICT-ONLY");
        partner.ShouldNotContain("RED-ONLY");
        partner.ShouldContain("2 item(s) marked above TLP:AMBER are left out");
        (await Run("case", "show", id)).ShouldContain("RED-ONLY");
        (await Run("case", "report", id, "--format", "html")).ShouldContain("<h1>Case " + id);
        var stix = await Run("case", "stix", id, "--for-tlp", "amber");
        System.Text.Json.JsonDocument.Parse(stix).RootElement.GetProperty("type").GetString().ShouldBe("bundle");
        stix.ShouldNotContain("RED-ONLY");

        // From the case to a listing dossier: the drafted proposal reads back in `sanctions dossier`.
        var proposal = Path.Combine(_directory, "proposal.yaml");
        await Run("case", "proposal", id, "--regime", "EU-RUSDA", "--criterion", "sabotage", "--proposed-by", "Ministry of Foreign Affairs", "-o", proposal);
        var dossier = await Run("sanctions", "dossier", proposal, "--list", Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu_annex_xlii_designated_vessels_2025-10-23.csv"));
        dossier.ShouldContain("# Listing proposal: Vessel X (IMO 9329760)");
        dossier.ShouldContain("Anchor drag track on the seabed");
        dossier.ShouldContain("| E4 |");
        dossier.Split("## 5. Statement of reasons")[1].ShouldNotContain("RED-ONLY"); // not releasable, kept out of the reasons

        await using var check = BolwerkDatabase.Open(db);
        var audit = await new AuditLog(check).QueryAsync(new AuditQuery(ObjectId: id), CancellationToken.None);
        var actions = audit.Select(a => a.Action).ToList();
        actions.ShouldContain("case.open");
        actions.Count(a => a == "case.move").ShouldBe(4); // assessing, deciding, responding, and the refused one
        actions.ShouldContain("case.read");
        actions.ShouldContain("case.report");
        audit.ShouldContain(a => a.Action == "case.move" && a.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task The_toolbox_lists_its_ladder_and_a_broken_toolbox_file_is_refused_naming_the_entry()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "case", "toolbox");
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("16 options on levels 0 monitor and share");

        var broken = Path.Combine(_directory, "toolbox.yaml");
        File.WriteAllText(broken, "version: x\nladder:\n  - {level: 0, name: monitor}\noptions:\n  - {id: a, name: A, level: 0, category: preventive, strategySection: s, decisionMaker: m, decisionRule: national, leadTime: d, reversible: true, risks: r}\n");
        (exit, _, stderr) = await CliProcess.RunAsync(_directory, "case", "toolbox", "--check", broken);
        exit.ShouldBe(65);
        stderr.ShouldContain("option 'a': legalBasis is missing");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
