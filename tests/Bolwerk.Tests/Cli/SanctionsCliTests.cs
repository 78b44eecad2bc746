using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk sanctions screen` as a child process: the command-line contract other tools score against.</summary>
public sealed class SanctionsCliTests : IDisposable
{
    private static readonly string Un = Path.Combine(AppContext.BaseDirectory, "Fixtures", "UN_consolidated_2026-02-27.xml");
    private static readonly string Annex = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu_annex_xlii_designated_vessels_2025-10-23.csv");
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-sanctions-").FullName;

    [Fact]
    public async Task Screen_a_name_writes_one_json_object_with_the_contracts_fields()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--name", "Эрик Бадеге", "--schema", "Person", "--threshold", "0.7", "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var result = JsonDocument.Parse(lines.ShouldHaveSingleItem()).RootElement;
        result.GetProperty("query").GetString().ShouldBe("Эрик Бадеге");
        var match = result.GetProperty("matches").EnumerateArray().ShouldHaveSingleItem();
        match.GetProperty("entityId").GetString().ShouldBe("un-6907993");
        match.GetProperty("name").GetString().ShouldBe("ERIC BADEGE");
        match.GetProperty("schema").GetString().ShouldBe("Person");
        match.GetProperty("score").GetDouble().ShouldBeInRange(0.7, 1.0);
        match.GetProperty("matchedName").GetString().ShouldBe("ERIC BADEGE");
        match.GetProperty("programs").EnumerateArray().Select(p => p.GetString()).ShouldBe(["DRC"]);
        match.GetProperty("explanation").GetString()!.ShouldContain("badege");
        match.GetProperty("ofacScore").GetInt32().ShouldBeInRange(0, 100);
        stderr.ShouldContain("1003 entities (UnConsolidatedXml)");
    }

    [Fact]
    public async Task Screen_a_query_file_answers_every_row_in_input_order()
    {
        var queries = Path.Combine(_directory, "queries.csv");
        File.WriteAllText(queries, "id,name,schema,country,birthDate,imo\nq1,Nobody Atall,,,,\nq2,Some New Name,Vessel,,,9329760\nq3,ERIC BADEGE,Person,,1971,\nq4,Andromeda Star,Vessel,,,\n");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--list", Annex, "--queries", queries);

        exit.ShouldBe(0, stderr);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        results.Select(r => r.GetProperty("query").GetString()).ShouldBe(["q1", "q2", "q3", "q4"]);
        results[0].GetProperty("matches").GetArrayLength().ShouldBe(0);
        results[1].GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Eagle S");
        results[1].GetProperty("matches")[0].GetProperty("score").GetDouble().ShouldBe(0.95);
        results[2].GetProperty("matches")[0].GetProperty("entityId").GetString().ShouldBe("un-6907993");
        // A former name from the Annex ("Apar (formerly Feng Shou; Andromeda Star)") finds the ship.
        results[3].GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Apar");
        results[3].GetProperty("matches")[0].GetProperty("matchedName").GetString().ShouldBe("Andromeda Star");
        stderr.ShouldContain("screened 4 queries");
    }

    [Fact]
    public async Task Screen_jsonl_queries_and_a_lower_threshold_return_more_matches_best_first()
    {
        var queries = Path.Combine(_directory, "queries.jsonl");
        File.WriteAllText(queries, "{\"id\":\"a\",\"name\":\"Mohammed Ahmed\"}\n");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--queries", queries, "--threshold", "0.5");

        exit.ShouldBe(0, stderr);
        var scores = JsonDocument.Parse(stdout.Trim()).RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("score").GetDouble()).ToList();
        scores.ShouldNotBeEmpty();
        scores.ShouldAllBe(s => s >= 0.5);
        scores.ShouldBeInOrder(SortDirection.Descending);
    }

    [Theory]
    [InlineData("--schema", "Ship")]
    [InlineData("--birth-date", "19x")]
    [InlineData("--threshold", "1.5")]
    public async Task Screen_refuses_bad_flags_as_usage_errors(string flag, string value)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--name", "x", flag, value);

        exit.ShouldBe(64);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain(flag);
    }

    [Fact]
    public async Task Screen_needs_a_name_or_a_query_file_but_not_both()
    {
        (await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un)).ExitCode.ShouldBe(64);
        (await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--name", "x", "--queries", "q.csv")).ExitCode.ShouldBe(64);
    }

    [Fact]
    public async Task A_file_that_is_no_list_and_a_query_row_without_a_name_are_data_errors_naming_the_place()
    {
        var notAList = Path.Combine(_directory, "notes.txt");
        File.WriteAllText(notAList, "hello\n");
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", notAList, "--name", "x");
        exit.ShouldBe(65);
        stderr.ShouldContain("notes.txt: start of file: not a sanctions list format");

        var queries = Path.Combine(_directory, "queries.csv");
        File.WriteAllText(queries, "id,name\nq1,Someone\nq2,\n");
        (exit, _, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "screen", "--list", Un, "--queries", queries);
        exit.ShouldBe(65);
        stderr.ShouldContain("queries.csv: line 3, field name: a name is required");
    }

    [Fact]
    public async Task Imported_versions_diff_by_entry_screen_without_list_files_and_feed_the_maritime_watch_list()
    {
        var db = Path.Combine(_directory, "s.db");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "import", Un, Annex);
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("un-consolidated version 1: 1003 entities from UN_consolidated_2026-02-27.xml (UnConsolidatedXml, published 2026-02-27); first version of this list");
        stdout.ShouldContain("eu-annex-xlii version 2: 556 entities");

        // The same file again stores nothing.
        (exit, stdout, _) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "import", Un);
        exit.ShouldBe(0);
        stdout.ShouldContain("is unchanged");

        // A newer edition: one person delisted, one renamed, one entity added.
        var xml = File.ReadAllText(Un);
        // The first individual is Eric Badege (renamed below); the second is delisted.
        var removedStart = xml.IndexOf("<INDIVIDUAL>", xml.IndexOf("</INDIVIDUAL>", StringComparison.Ordinal), StringComparison.Ordinal);
        var removedEnd = xml.IndexOf("</INDIVIDUAL>", removedStart, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        var removed = xml[removedStart..removedEnd];
        var removedId = System.Text.RegularExpressions.Regex.Match(removed, "<DATAID>(\\d+)</DATAID>").Groups[1].Value;
        var edited = xml.Remove(removedStart, removedEnd - removedStart)
            .Replace("<FIRST_NAME>ERIC</FIRST_NAME>", "<FIRST_NAME>ERICK</FIRST_NAME>", StringComparison.Ordinal)
            .Replace("</ENTITIES>", "<ENTITY><DATAID>99999999</DATAID><FIRST_NAME>NEW FRONT COMPANY</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER><LISTED_ON>2026-03-01</LISTED_ON></ENTITY></ENTITIES>", StringComparison.Ordinal);
        var newer = Path.Combine(_directory, "UN_consolidated_2026-03-01.xml");
        File.WriteAllText(newer, edited);
        (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "import", newer);
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("un-consolidated version 3: 1003 entities");
        stdout.ShouldContain("since version 1: 1 added, 1 removed, 1 changed, 1001 unchanged");

        (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "diff", "--key", "un-consolidated", "--format", "jsonl");
        exit.ShouldBe(0, stderr);
        var changes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        changes.Select(c => (c.GetProperty("change").GetString(), c.GetProperty("entityId").GetString())).ShouldBe(
            [("added", "un-99999999"), ("removed", "un-" + removedId), ("changed", "un-6907993")]);
        changes[2].GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["names"]);

        // Screening without --list uses the newest version of each list.
        (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "screen", "--name", "New Front Company");
        exit.ShouldBe(0, stderr);
        JsonDocument.Parse(stdout.Trim()).RootElement.GetProperty("matches")[0].GetProperty("entityId").GetString().ShouldBe("un-99999999");
        stderr.ShouldContain("un-consolidated v3");

        // The vessel watch list the maritime watch reads.
        var watchList = Path.Combine(_directory, "watch.csv");
        (exit, _, stderr) = await CliProcess.RunAsync(_directory, "-d", db, "sanctions", "watchlist", "-o", watchList);
        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("556 vessel rows");
        File.ReadLines(watchList).First().ShouldBe("imo,mmsi,name,reason");
        (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "watchlist", watchList, "--imo", "9329760");
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("listed: Eagle S (IMO 9329760");
    }

    [Fact]
    public async Task A_listing_dossier_is_written_as_markdown_html_ftm_and_fsf()
    {
        var proposal = Path.Combine(_directory, "proposal.yaml");
        File.WriteAllText(proposal, """
            regime: EU-RUSDA
            proposedBy: test desk
            date: 2026-11-29
            subject:
              entity: eu-annex-xlii-9329760
            grounds:
              - criterion: sabotage
                facts:
                  - text: The vessel dragged its anchor across Estlink 2.
                    evidence: [E1]
            evidence:
              - id: E1
                title: Anchor-drag alert
                source: Bolwerk maritime watch
                grade: B2
                publicUse: true
            """);
        var folder = Path.Combine(_directory, "dossier");

        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "dossier", proposal, "--list", Annex, "--out", folder);

        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("EU-RUSDA proposal for Eagle S: 1 grounds, 1 evidence items, 0 checks");
        File.ReadAllText(Path.Combine(folder, "dossier.md")).ShouldContain("## 5. Statement of reasons");
        File.ReadAllText(Path.Combine(folder, "dossier.html")).ShouldContain("<h1>Listing proposal: Eagle S</h1>");
        File.ReadAllLines(Path.Combine(folder, "dossier.ftm.json")).Length.ShouldBe(2);
        File.ReadAllText(Path.Combine(folder, "dossier-fsf.xml")).ShouldContain("programme=\"RUSDA\"");

        File.WriteAllText(proposal, "regime: EU-RUSDA\nproposedBy: x\ndate: 2026-01-01\nsubject: {entity: nobody}\nevidence: []\ngrounds:\n  - criterion: sabotage\n    facts: [{text: t}]\n");
        (exit, _, stderr) = await CliProcess.RunAsync(_directory, "sanctions", "dossier", proposal, "--list", Annex);
        exit.ShouldBe(65);
        stderr.ShouldContain("subject entity 'nobody' is in none of the lists given");
    }

    [Fact]
    public async Task Screening_without_lists_or_imports_says_what_to_do()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "-d", Path.Combine(_directory, "empty.db"), "sanctions", "screen", "--name", "x");

        exit.ShouldBe(1);
        stderr.ShouldContain("no sanctions lists imported");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
