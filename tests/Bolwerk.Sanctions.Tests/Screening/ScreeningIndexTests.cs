using Bolwerk.Sanctions.Evaluation;
using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Screening;

namespace Bolwerk.Sanctions.Tests.Screening;

public sealed class ScreeningIndexTests
{
    [Fact]
    public void A_listed_person_is_found_under_a_transliterated_and_reordered_name_with_the_reasons()
    {
        var matches = ListFixtures.Index.Screen(new ScreeningQuery { Name = "Бадеге Эрик", Schema = "Person" });

        // Listed by the UN and by OFAC ("BADEGE, Eric"): both found.
        matches.Select(m => m.EntityId).ShouldBe(["ofac-15718", "un-6907993"], ignoreOrder: true);
        var match = matches.Single(m => m.EntityId == "un-6907993");
        match.Score.ShouldBe(1.0);
        match.Programs.ShouldBe(["DRC"]);
        match.Explanation.ShouldContain("badege=badege");
    }

    [Fact]
    public void A_vessel_is_found_by_its_imo_number_whatever_its_name_now()
    {
        var matches = ListFixtures.Index.Screen(new ScreeningQuery { Name = "Some New Name", Schema = "Vessel", Imo = "IMO 9329760" });

        var eagle = matches.ShouldHaveSingleItem();
        eagle.Name.ShouldBe("Eagle S");
        eagle.Score.ShouldBe(MatchOptions.Default.VesselIdentifierScore);
        eagle.Explanation.ShouldContain("IMO 9329760 equal");
    }

    [Fact]
    public void A_different_imo_number_lowers_a_vessel_name_match_below_the_threshold()
    {
        ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eagle S", Schema = "Vessel" }).ShouldContain(m => m.Name == "Eagle S");
        ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eagle S", Schema = "Vessel", Imo = "9074729" }).ShouldNotContain(m => m.Name == "Eagle S");
    }

    [Fact]
    public void Birth_date_and_country_lower_the_score_of_a_namesake()
    {
        var byName = ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eric Badege", Schema = "Person" }).Single(m => m.EntityId == "un-6907993");
        var namesake = ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eric Badege", Schema = "Person", BirthDate = "1990-05-01", Country = "NL" }, threshold: 0.1)
            .Single(m => m.EntityId == "un-6907993");

        namesake.Score.ShouldBe(byName.Score + MatchOptions.Default.BirthYearMismatch + MatchOptions.Default.CountryMismatch, 1e-9);
        namesake.Explanation.ShouldContain("birth year 1990 not among 1971");
        namesake.Explanation.ShouldContain("country NL not among");
    }

    [Fact]
    public void Schemas_keep_people_companies_and_vessels_apart()
    {
        ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eagle S", Schema = "Person" }).ShouldNotContain(m => m.Schema == "Vessel");
        ListFixtures.Index.Screen(new ScreeningQuery { Name = "Eric Badege", Schema = "Vessel" }).ShouldBeEmpty();
    }

    [Fact]
    public void Results_are_best_first_limited_and_at_or_above_the_threshold()
    {
        var matches = ListFixtures.Index.Screen(new ScreeningQuery { Name = "Mohammed Ahmed" }, threshold: 0.5, limit: 5);

        matches.Count.ShouldBeLessThanOrEqualTo(5);
        matches.ShouldAllBe(m => m.Score >= 0.5);
        matches.Select(m => m.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void The_index_finds_what_a_full_scan_finds_for_listed_people_written_with_typos()
    {
        // Candidate generation must not hide the best entity: compare with scoring every entity.
        var queries = PersonQueryFile.Read(ListFixtures.Eval("candgen_positives_un_treated.csv")).Take(150).ToList();
        var matcher = new EntityMatcher(MatchOptions.Default);
        var everyone = ListFixtures.Entities.Select(e => new IndexedEntity(e, NameAnalyser.Default)).Where(e => e.Names.Count > 0).ToList();
        var agree = 0;
        var expected = 0;
        foreach (var query in queries)
        {
            var prepared = new PreparedQuery(query, NameAnalyser.Default);
            var best = everyone.Select(e => (e.Entity.Id, Score: matcher.Score(prepared, e))).MaxBy(x => x.Score);
            if (best.Score < MatchOptions.Default.Threshold)
            {
                continue;
            }

            expected++;
            agree += ListFixtures.Index.Screen(query).Any(m => m.EntityId == best.Id || m.Score >= best.Score) ? 1 : 0;
        }

        expected.ShouldBeGreaterThan(120);
        ((double)agree / expected).ShouldBeGreaterThanOrEqualTo(0.98);
    }

    [Fact]
    public void Programmes_of_ofac_entries_are_split()
    {
        var entity = new IndexedEntity(
            new SanctionedEntity { Id = "x", Schema = "Person", Names = ["A B"], Programme = "UKRAINE-EO13661] [CYBER2", Source = "t" },
            NameAnalyser.Default);

        entity.Programs.ShouldBe(["UKRAINE-EO13661", "CYBER2"]);
    }
}
