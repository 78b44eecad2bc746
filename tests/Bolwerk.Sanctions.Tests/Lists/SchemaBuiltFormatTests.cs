using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Screening;

namespace Bolwerk.Sanctions.Tests.Lists;

/// <summary>
/// The formats with no real file available offline, read from fixtures built from their published
/// structure (Fixtures/SOURCES.md says how each was made), and OFAC's XML checked against the CSV.
/// </summary>
public sealed class SchemaBuiltFormatTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lists");
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-formats-").FullName;

    [Fact]
    public void Ofac_xml_entries_equal_the_same_entries_read_from_the_legacy_csv()
    {
        var xml = SanctionsListFile.Read(Path.Combine(Folder, "ofac_sdn_xml", "sdn_sample.xml"));
        var csv = OfacSdnCsvReader.Read(Path.Combine(Folder, "ofac_sdn_csv_2021", "sdn.csv")).ToDictionary(e => e.Id);

        xml.Count.ShouldBe(31);
        xml.Select(e => e.Schema).Distinct().Order().ShouldBe(["Airplane", "LegalEntity", "Person", "Vessel"]);
        xml.ShouldAllBe(e => e.Source == "OFAC SDN (XML) 2021-07-07");
        foreach (var entity in xml)
        {
            var legacy = csv[entity.Id];
            (entity.Schema, entity.Names[0], entity.Programme).ShouldBe((legacy.Schema, legacy.Names[0], legacy.Programme), entity.Id);
            entity.Aliases.ShouldBe(legacy.Aliases, ignoreOrder: true, entity.Id);
            entity.WeakAliases.ShouldBe(legacy.WeakAliases, ignoreOrder: true, entity.Id);
            entity.BirthDates.ShouldBe(legacy.BirthDates, ignoreOrder: true, entity.Id);
            entity.Nationalities.ShouldBe(legacy.Nationalities, ignoreOrder: true, entity.Id);
            entity.Identifiers.Where(i => i.Type is "IMO" or "MMSI" or "Call Sign").ShouldBe(legacy.Identifiers, ignoreOrder: true, entity.Id);
        }

        xml.Count(e => e.Identifiers.Any(i => i.Type == "IMO")).ShouldBeGreaterThanOrEqualTo(8);
        xml.ShouldContain(e => e.Identifiers.Any(i => i.Type == "MMSI"));
        xml.Where(e => e.Schema == "Vessel").ShouldAllBe(e => e.Identifiers.All(i => !i.Type.StartsWith("Secondary", StringComparison.Ordinal)));
    }

    [Fact]
    public void Eu_financial_sanctions_files_xml_reads_persons_enterprises_programmes_and_imo_numbers()
    {
        var path = Path.Combine(Folder, "schema_built", "eu_fsf_sample.xml");
        SanctionsListFile.Detect(path).ShouldBe(ListFormat.EuFsfXml);
        var entities = SanctionsListFile.Read(path);

        entities.Select(e => (e.Id, e.Schema)).ShouldBe([("eu-fsf-900101", "Person"), ("eu-fsf-900201", "Organization"), ("eu-fsf-900301", "Organization")]);
        var person = entities[0];
        person.Names.ShouldBe(["Pyotr Sergeyevich PRIMEROV"]);
        person.Aliases.ShouldBe(["Пётр Сергеевич ПРИМЕРОВ"]);
        person.WeakAliases.ShouldBe(["Petya"]);
        person.BirthDates.ShouldBe(["1968-09-03"]);
        person.Gender.ShouldBe("male");
        person.Nationalities.ShouldBe(["RU"]);
        person.Identifiers.ShouldHaveSingleItem().Type.ShouldBe("Passport");
        (person.Programme, person.ListedOn, person.Reference).ShouldBe(("EU-RUSDA", "2024-10-08", "EU.9001.01"));
        person.LegalBasis.ShouldBe("2024/2642 (OJ L, 2024/2642, 9.10.2024)");
        person.Source.ShouldBe("EU Financial Sanctions Files 2026-11-20");
        entities[1].Programme.ShouldBe("EU-CYB");
        entities[1].Addresses.ShouldBe(["1 Example Street, Moscow, 101000, RUSSIAN FEDERATION"]);
        entities[2].Identifiers.ShouldHaveSingleItem().ShouldBe(new Bolwerk.Sanctions.Model.EntityIdentifier("IMO", "9876543"));
    }

    [Fact]
    public void Uk_sanctions_list_xml_reads_individuals_entities_and_ships()
    {
        var path = Path.Combine(Folder, "schema_built", "uk_sanctions_sample.xml");
        SanctionsListFile.Detect(path).ShouldBe(ListFormat.UkSanctionsXml);
        var entities = SanctionsListFile.Read(path);

        entities.Select(e => (e.Id, e.Schema)).ShouldBe([("uk-RUS9001", "Person"), ("uk-RUS9002", "Vessel"), ("uk-CYB9003", "Organization")]);
        entities.ShouldAllBe(e => e.Source == "UK Sanctions List 2026-11-20");
        var anna = entities[0];
        anna.Names.ShouldBe(["Anna Ivanovna EXAMPLOVA"]);
        anna.Aliases.ShouldBe(["Anya EXAMPLOVA", "Анна Ивановна ЭКЗАМПЛОВА"]);
        anna.WeakAliases.ShouldBe(["AE"]); // NameType "ALias" as the real files spell it sometimes
        anna.BirthDates.ShouldBe(["1975", "1976-02-03"]);
        (anna.Gender, anna.ListedOn, anna.Programme, anna.Reference).ShouldBe(("female", "2022-03-15", "Russia", "RUS9001"));
        anna.Identifiers.ShouldHaveSingleItem().Value.ShouldBe("750000002");
        var ship = entities[1];
        ship.Aliases.ShouldBe(["FABLE STAR"]);
        ship.Identifiers.ShouldHaveSingleItem().ShouldBe(new Bolwerk.Sanctions.Model.EntityIdentifier("IMO", "9876543"));
        ship.Countries.ShouldBe(["Cameroon"]);
        entities[2].Programme.ShouldBe("Cyber");
    }

    [Fact]
    public void Followthemoney_json_lines_join_sanctions_addresses_relations_and_passports_to_their_entities()
    {
        var path = Path.Combine(Folder, "schema_built", "ftm_sample.ftm.json");
        SanctionsListFile.Detect(path).ShouldBe(ListFormat.FtmJsonLines);
        var entities = FtmJsonLinesReader.Read(path, out var skipped);

        skipped.ShouldBe(1);
        entities.Select(e => (e.Id, e.Schema)).ShouldBe([("bw-test-person-1", "Person"), ("bw-test-company-1", "Company"), ("bw-test-vessel-1", "Vessel")]);
        var person = entities[0];
        (person.Programme, person.ListedOn, person.LegalBasis).ShouldBe(("EU-CYB", "2024-06-24", "Council Regulation (EU) 2019/796"));
        person.Identifiers.Select(i => (i.Type, i.Value)).ShouldBe([("Passport", "7201234567"), ("Passport", "750000001")]);
        person.Relations.ShouldBe([new Bolwerk.Sanctions.Model.EntityRelation("directs", "bw-test-company-1", "General director")]);
        var company = entities[1];
        company.Addresses.ShouldBe(["Unit 7, Fable Tower, Jumeirah Lake Towers, Dubai, United Arab Emirates"]);
        company.Relations.Select(r => r.Kind).ShouldBe(["owns", "directed by"], ignoreOrder: true);
        var vessel = entities[2];
        vessel.Aliases.ShouldBe(["FABLE STAR", "OCEAN FABLE 2"]);
        vessel.Identifiers.Select(i => i.Type).ShouldBe(["IMO", "MMSI", "Call Sign"]);
        (vessel.Programme, vessel.ListedOn, vessel.Reference).ShouldBe(("EU-RUSDA", "2025-05-20", "EU.0000.00"));
        vessel.Relations.ShouldHaveSingleItem().ShouldBe(new Bolwerk.Sanctions.Model.EntityRelation("owned by", "bw-test-company-1", "Registered owner, 100"));
    }

    [Fact]
    public void One_ship_in_three_formats_is_found_in_each_by_its_imo_number()
    {
        var index = ScreeningIndex.Build(
        [
            .. SanctionsListFile.Read(Path.Combine(Folder, "schema_built", "eu_fsf_sample.xml")),
            .. SanctionsListFile.Read(Path.Combine(Folder, "schema_built", "uk_sanctions_sample.xml")),
            .. SanctionsListFile.Read(Path.Combine(Folder, "schema_built", "ftm_sample.ftm.json")),
        ]);

        var matches = index.Screen(new ScreeningQuery { Name = "Fable Star", Imo = "9876543" });

        matches.Select(m => m.EntityId).ShouldBe(["bw-test-vessel-1", "eu-fsf-900301", "uk-RUS9002"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("fsf.xml", """<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity logicalId="1"><nameAlias wholeName="X"/></sanctionEntity></export>""", "line 1, column 53 (sanctionEntity): sanctionEntity 1 has no subjectType")]
    [InlineData("uk.xml", "<Designations><Designation><UniqueID>RUS1</UniqueID><IndividualEntityShip>Plane</IndividualEntityShip></Designation></Designations>", "(Designation): Designation RUS1: IndividualEntityShip 'Plane' is not Individual, Entity or Ship")]
    [InlineData("sdn.xml", "<sdnList><sdnEntry><uid>1</uid></sdnEntry></sdnList>", "(sdnEntry): entry 1 has no lastName")]
    [InlineData("e.ftm.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"]\n", "line 2, byte")]
    [InlineData("f.ftm.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":\"A\"}}\n", "line 1, properties.name: property values must be an array of strings")]
    public void Malformed_files_name_the_place_and_the_problem(string file, string content, string expected)
    {
        var path = Path.Combine(_directory, file);
        File.WriteAllText(path, content);

        var error = Should.Throw<SanctionsListException>(() => SanctionsListFile.Read(path));

        error.Message.ShouldContain(file);
        error.Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData("""<export xmlns="http://eu.europa.ec/fpi/fsd/export">""", "</export>")]
    [InlineData("<Designations>", "</Designations>")]
    [InlineData("<sdnList>", "</sdnList>")]
    public void Every_xml_format_refuses_external_entities(string open, string close)
    {
        var secret = Path.Combine(_directory, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        var root = open[1..open.IndexOfAny([' ', '>'])];
        var path = Path.Combine(_directory, "xxe.xml");
        File.WriteAllText(path, $"<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [ <!ENTITY leak SYSTEM \"file://{secret}\"> ]>\n{open}&leak;{close}");

        var error = Should.Throw<SanctionsListException>(() => SanctionsListFile.Read(path));

        error.Message.ShouldContain("DTD is prohibited");
        error.Message.ShouldNotContain("TOP SECRET");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
