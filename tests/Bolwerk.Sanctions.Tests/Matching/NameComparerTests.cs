using Bolwerk.Sanctions.Matching;

namespace Bolwerk.Sanctions.Tests.Matching;

public sealed class NameComparerTests
{
    private static readonly NameComparer Comparer = new(MatchOptions.Default);

    private static double Score(string query, string candidate, string schema)
    {
        var kind = NameKinds.ForSchema(schema);
        return Comparer.Score(NameAnalyser.Default.Analyse(query, kind), NameAnalyser.Default.Analyse(candidate, kind));
    }

    [Theory]
    [InlineData("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "Person")] // order, omitted patronymic
    [InlineData("Владимир Путин", "Vladimir Putin", "Person")] // Cyrillic
    [InlineData("Yevgeniy Prigozhin", "Evgeniy Viktorovich PRIGOZHIN", "Person")] // transliteration variant
    [InlineData("Emmanuel Marcon", "Emmanuel Macron", "Person")] // transposition typo
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG", "Company")] // legal form written out
    [InlineData("SiemensAG", "Siemens AG", "Company")] // written together
    [InlineData("OAO Gazprom", "Gasprom JSC", "Company")] // OAO is a joint-stock company
    [InlineData("MV Hellenic Spirit", "Hellenic Spirit", "Vessel")] // vessel prefix
    [InlineData("4th Ocean", "Fourth Ocean", "Vessel")] // ordinal in words
    [InlineData("Brigade Forty-Four", "Brigade 44", "Organization")] // number in words
    [InlineData("JC Juncker", "Jean-Claude Juncker", "Person")] // initials written together
    public void Variants_of_one_name_match(string query, string candidate, string schema) =>
        Score(query, candidate, schema).ShouldBeGreaterThanOrEqualTo(MatchOptions.Default.Threshold);

    [Theory]
    [InlineData("Barack Obama", "Michelle Obama", "Person")] // another given name
    [InlineData("Victory", "Victory 3", "Vessel")] // numbered ships are other ships
    [InlineData("Zu Zag Bong 6", "Zu Zag Bong 5", "Vessel")]
    [InlineData("Lady Leila", "Lady Rania", "Vessel")]
    [InlineData("AHMAD BIN HASAN AL-UBAIDI", "HASAN BIN AHMAD AL-UBAIDI", "Person")] // father and son swapped
    [InlineData("Banco Santander S.A.", "Banco Santander Chile S.A.", "Company")] // a country marks a subsidiary
    [InlineData("Deutsche Bank AG", "Deutsche Bank GmbH", "Company")] // different legal forms
    [InlineData("高石早苗", "高市早苗", "Person")] // one Han sign differs, though both romanise "shi"
    [InlineData("Kathryn Barr", "B R C", "Person")] // initials alone
    [InlineData("Winda Satya Zulkarnain", "ZULKARNAEN", "Person")] // one shared word against a one-word name
    [InlineData("Pedro Sancho", "Pedro Sánchez", "Person")] // a different surname, not a typo
    [InlineData("Antonia Rodriguez", "RODRIGUEZ, Antonio", "Person")] // the feminine and masculine form of a name
    [InlineData("Kyra Smith", "OOO 'SMT-K'", "Person")] // letters in a company's name are not initials, "smt" is no romanised Arabic
    public void Different_names_stay_below_the_threshold(string query, string candidate, string schema) =>
        Score(query, candidate, schema).ShouldBeLessThan(MatchOptions.Default.Threshold);

    [Fact]
    public void The_explanation_names_the_paired_and_the_left_over_words()
    {
        var kind = NameKind.Person;
        var comparison = Comparer.Explain(
            NameAnalyser.Default.Analyse("Sergey Lavrov", kind),
            NameAnalyser.Default.Analyse("Sergei Viktorovich LAVROV", kind));

        comparison.Score.ShouldBeGreaterThan(0.8);
        comparison.Pairs.Select(p => (p.Query, p.Candidate)).ShouldBe([("lavrov", "lavrov"), ("sergey", "sergei")], ignoreOrder: true);
        comparison.UnpairedCandidate.ShouldBe(["viktorovich"]);
        comparison.Explain().ShouldContain("listed only: viktorovich");
    }

    [Fact]
    public void Legal_forms_and_numbers_are_set_aside_at_the_ends_only()
    {
        var name = NameAnalyser.Default.Analyse("Bowne Global Solutions II Denmark A/S", NameKind.Organisation);

        name.LegalForm.ShouldBe("jsc");
        name.Numbers.ShouldBe(["2"]);
        name.Parts.Select(p => p.Text).ShouldBe(["bowne", "global", "solutions", "denmark"]);
    }
}
