using Bolwerk.Sanctions.Lists;

namespace Bolwerk.Sanctions.Tests.Lists;

public sealed class UnConsolidatedListReaderTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lists", "UN_consolidated_2026-02-27.xml");
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-sanctions-").FullName;

    [Fact]
    public void The_2026_02_27_list_reads_730_individuals_and_273_entities_with_their_programmes()
    {
        var entities = UnConsolidatedListReader.Read(Fixture);

        entities.Count(e => e.Schema == "Person").ShouldBe(730);
        entities.Count(e => e.Schema == "Organization").ShouldBe(273);
        entities.Select(e => e.Id).Distinct().Count().ShouldBe(entities.Count);
        var byProgramme = entities.GroupBy(e => e.Programme).ToDictionary(g => g.Key!, g => g.Count());
        (byProgramme["Al-Qaida"], byProgramme["DPRK"], byProgramme["Taliban"], byProgramme["Iran"]).ShouldBe((341, 155, 140, 121));
        entities.ShouldAllBe(e => e.Source == "UN Security Council Consolidated List 2026-02-27");

        var badege = entities.Single(e => e.Id == "un-6907993");
        badege.Names.ShouldBe(["ERIC BADEGE"]);
        badege.Reference.ShouldBe("CDi.001");
        badege.ListedOn.ShouldBe("2012-12-31");
        badege.BirthDates.ShouldBe(["1971"]);
        badege.Nationalities.ShouldBe(["Democratic Republic of the Congo"]);
        badege.Countries.ShouldBe(["Rwanda"]);
        entities.Sum(e => e.Aliases.Count + e.WeakAliases.Count).ShouldBeGreaterThan(1000);
        entities.Sum(e => e.Identifiers.Count).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void An_external_entity_is_refused_and_the_file_it_names_is_never_read()
    {
        var secret = Path.Combine(_directory, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        var path = Write("xxe.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&leak;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
            """);

        var error = Should.Throw<SanctionsListException>(() => UnConsolidatedListReader.Read(path));
        error.Message.ShouldContain("xxe.xml: line 2");
        error.Message.ShouldContain("DTD");
        error.Message.ShouldNotContain("TOP SECRET");
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_at_once()
    {
        var laughs = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var path = Write("laughs.xml", $"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">\n{laughs}\n]>\n<CONSOLIDATED_LIST>&lol9;</CONSOLIDATED_LIST>");
        Should.Throw<SanctionsListException>(() => UnConsolidatedListReader.Read(path)).Message.ShouldContain("DTD");
    }

    [Fact]
    public void A_broken_file_names_the_line_and_an_entry_without_id_names_its_element()
    {
        var truncated = Write("truncated.xml", "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME>\n");
        Should.Throw<SanctionsListException>(() => UnConsolidatedListReader.Read(truncated)).Message.ShouldStartWith($"{truncated}: line 4");

        var noId = Write("noid.xml", "<CONSOLIDATED_LIST>\n<ENTITIES>\n  <ENTITY><FIRST_NAME>ACME</FIRST_NAME></ENTITY>\n</ENTITIES></CONSOLIDATED_LIST>");
        Should.Throw<SanctionsListException>(() => UnConsolidatedListReader.Read(noId)).Message.ShouldBe($"{noId}: line 3, column 4: entry has no DATAID");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
