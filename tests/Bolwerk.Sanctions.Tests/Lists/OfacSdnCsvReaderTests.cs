using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Tests.Lists;

public sealed class OfacSdnCsvReaderTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lists", "ofac_sdn_csv_2021", "sdn.csv");

    [Fact]
    public void The_2021_set_reads_8976_entries_406_vessels_with_their_imo_numbers()
    {
        var entities = OfacSdnCsvReader.Read(Fixture);

        entities.Count.ShouldBe(8976);
        var bySchema = entities.GroupBy(e => e.Schema).ToDictionary(g => g.Key, g => g.Count());
        (bySchema["Person"], bySchema["LegalEntity"], bySchema["Vessel"], bySchema["Airplane"]).ShouldBe((4620, 3673, 406, 277));
        entities.Count(e => e.Schema == "Vessel" && e.Identifiers.Any(i => i.Type == "IMO")).ShouldBe(400);
        entities.Single(e => e.Id == "ofac-23424").Identifiers.ShouldContain(new EntityIdentifier("IMO", "15411")); // as OFAC wrote it
        var cubana = entities.Single(e => e.Id == "ofac-306");
        cubana.Names.ShouldBe(["BANCO NACIONAL DE CUBA"]);
        cubana.Aliases.ShouldContain("NATIONAL BANK OF CUBA");
        cubana.Addresses.ShouldContain(a => a.Contains("Zurich", StringComparison.Ordinal));
        cubana.Programme.ShouldBe("CUBA");
        entities.Sum(e => e.Aliases.Count + e.WeakAliases.Count).ShouldBe(11910);
    }

    [Fact]
    public void A_row_with_too_few_columns_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("bolwerk-ofac-").FullName;
        var path = Path.Combine(folder, "sdn.csv");
        File.WriteAllText(path, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n173,\"BROKEN\",-0-\n");
        try
        {
            Should.Throw<SanctionsListException>(() => OfacSdnCsvReader.Read(path)).Message.ShouldBe($"{path}: line 2: 3 columns where 12 are expected");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
