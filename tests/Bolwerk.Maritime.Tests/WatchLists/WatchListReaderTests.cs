using System.Text;
using Bolwerk.Identifiers;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Tests.WatchLists;

public sealed class WatchListReaderTests
{
    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "watchlists", file);

    [Fact]
    public void EuAnnexXlii_Iso88591Semicolons_ReadsEveryVessel()
    {
        var list = WatchListReader.Read(Fixture("eu_annex_xlii_designated_vessels_2025-10-23.csv"));

        list.Entries.Count.ShouldBe(556, "557 rows, IMO 9472634 (Aura 1) listed twice");
        list.Duplicates.ShouldBe(1);
        var eagle = list.Find(ImoNumber.Parse("9329760")).ShouldNotBeNull();
        eagle.Name.ShouldBe("Eagle S");
        eagle.Listed.ShouldBe("21.05.2025");
        eagle.Line.ShouldBeGreaterThan(1);
        list.Entries.ShouldAllBe(entry => entry.Imo != null && entry.Mmsi == null);
        list.Entries.ShouldContain(entry => entry.Name != null && entry.Name.Contains('\u00A0'), "two names carry a no-break space (byte 0xA0), read as Latin-1");
    }

    [Fact]
    public void Utf8CommaList_WithMmsiAndImo_FindsBoth()
    {
        var list = Read("name,imo,mmsi\nEAGLE S,IMO 9329760,\nPATROL,,244660000\nBOTH,9179842,273456780\n");
        list.Find(ImoNumber.Parse("9329760")).ShouldNotBeNull().Name.ShouldBe("EAGLE S");
        list.Find(Mmsi.Parse("244660000")).ShouldNotBeNull().Line.ShouldBe(3);
        list.Find(Mmsi.Parse("273456780")).ShouldBe(list.Find(ImoNumber.Parse("9179842")));
        list.Find(Mmsi.Parse("211000000")).ShouldBeNull();
    }

    [Theory]
    [InlineData("vessel;flag\nEAGLE S;CK\n", 1, null, "no 'imo' or 'mmsi' column")]
    [InlineData("name;imo\nEAGLE S;9329761\n", 2, "imo", "check digit")]
    [InlineData("name;imo\nOK;9329760\nBAD;93297\n", 3, "imo", "'93297' is not an IMO number")]
    [InlineData("name,mmsi\nX,24466000\n", 2, "mmsi", "not an MMSI")]
    [InlineData("name,imo,mmsi\nNOTHING,,\n", 2, null, "neither an IMO number nor an MMSI")]
    [InlineData("", 1, null, "empty")]
    public void BadList_NamesFileLineAndColumn(string text, int line, string? column, string problem)
    {
        var error = Should.Throw<WatchListException>(() => Read(text));
        error.File.ShouldBe("list.csv");
        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldContain(problem);
        error.Message.ShouldStartWith($"list.csv:{line}:");
    }

    [Fact]
    public void BlankLines_AreSkipped() => Read("imo\n9329760\n\n9179842\n").Entries.Count.ShouldBe(2);

    private static WatchList Read(string text) => WatchListReader.Read(Encoding.UTF8.GetBytes(text), "list.csv");
}
