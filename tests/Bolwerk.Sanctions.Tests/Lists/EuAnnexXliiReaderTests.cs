using Bolwerk.Sanctions.Lists;

namespace Bolwerk.Sanctions.Tests.Lists;

public sealed class EuAnnexXliiReaderTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lists", "eu_annex_xlii_designated_vessels_2025-10-23.csv");

    [Fact]
    public void The_october_2025_list_reads_556_vessels_with_eagle_s_listed_21_may_2025()
    {
        var result = EuAnnexXliiReader.Read(Fixture);

        result.Vessels.Count.ShouldBe(556);
        result.Repeats.ShouldBe(1);
        result.Vessels.ShouldAllBe(v => v.Schema == "Vessel" && v.Identifiers.Single().Type == "IMO");
        var eagle = result.Vessels.Single(v => v.Identifiers[0].Value == "9329760");
        eagle.Names.ShouldBe(["Eagle S"]);
        eagle.ListedOn.ShouldBe("2025-05-21");
        result.Vessels.ShouldNotContain(v => v.Names[0].Contains('\u00a0', StringComparison.Ordinal));
        var apar = result.Vessels.Single(v => v.Identifiers[0].Value == "9402471");
        apar.Names.ShouldBe(["Apar"]);
        apar.Aliases.ShouldBe(["Feng Shou", "Andromeda Star"]);
        result.Vessels.ShouldNotContain(v => v.Names[0].Contains("formerly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_bad_imo_names_the_line_and_field()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "Vessel name;IMO number ;Date of application\r\nEagle S;9329761;21.05.2025\r\n");
        try
        {
            Should.Throw<SanctionsListException>(() => EuAnnexXliiReader.Read(path)).Message.ShouldStartWith($"{path}: line 2, field 2 (IMO number): '9329761'");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
