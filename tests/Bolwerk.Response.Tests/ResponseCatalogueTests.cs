using Bolwerk.Response.Toolbox;

namespace Bolwerk.Response.Tests;

public sealed class ResponseCatalogueTests
{
    private const string Valid = """
        version: test
        ladder:
          - {level: 0, name: monitor}
          - {level: 1, name: act}
        options:
          - id: a
            name: A
            level: 0
            category: preventive
            legalBasis: Act 1
            strategySection: "§1"
            decisionMaker: minister
            decisionRule: national
            leadTime: days
            reversible: true
            risks: none
          - id: b
            name: B
            level: 1
            category: restrictive
            legalBasis: Act 2
            strategySection: "§2"
            decisionMaker: council
            decisionRule: eu-unanimity
            attributionNeeded: highly-likely
            evidenceNeeded: listing
            leadTime: months
            reversible: false
            risks: some
        """;

    [Fact]
    public void The_shipped_toolbox_validates_and_holds_the_options_the_issue_names()
    {
        var catalogue = ResponseCatalogue.Default;

        catalogue.Ladder.Select(l => l.Level).ShouldBe([0, 1, 2, 3, 4, 5]);
        catalogue.Options.Select(o => o.Id).ShouldBe(
        [
            "situational-awareness", "strategic-communication", "resilience-support", "space-incident-coordination", "demarche", "criminal-investigation", "expulsion", "visa-measures",
            "public-attribution", "coordinated-attribution", "eu-listing-hybrid", "eu-listing-cyber", "disruption", "economic-pressure", "nato-article-4", "article-42-7",
        ]);
        catalogue.Options.ShouldAllBe(o => o.LegalBasis.Length > 0 && o.StrategySection.Length > 0);
        catalogue.Find("public-attribution")!.AttributionNeeded.ShouldBe(Bolwerk.Grading.Likelihood.HighlyLikely);
        catalogue.Options.Count(o => o.AwaitsLegalReview).ShouldBe(14); // the two listing entries were read from the acts
    }

    [Fact]
    public void A_valid_file_parses()
    {
        var catalogue = ResponseCatalogue.Parse(Valid, "t.yaml");
        catalogue.Options.Count.ShouldBe(2);
        catalogue.Find("b")!.EvidenceNeeded.ShouldBe(EvidenceNeed.Listing);
    }

    [Theory]
    [InlineData("    risks: none\n", "    risks: none\n    colour: red\n", "t.yaml: line")] // unknown field
    [InlineData("    legalBasis: Act 1\n", "", "option 'a': legalBasis is missing")]
    [InlineData("  - {level: 1, name: act}\n", "  - {level: 2, name: act}\n", "the escalation ladder has a gap: level 1 is missing")]
    [InlineData("    level: 1\n    category: restrictive", "    level: 0\n    category: restrictive", "no option on level 1 (act)")]
    [InlineData("    decisionRule: national\n", "    decisionRule: whim\n", "option 'a': decisionRule 'whim' is not one of")]
    [InlineData("    attributionNeeded: highly-likely\n", "    attributionNeeded: pretty-sure\n", "option 'b': attributionNeeded 'pretty-sure' is not a yardstick term")]
    [InlineData("  - id: b\n", "  - id: a\n", "option 'a' is defined twice")]
    public void Broken_files_name_the_entry_and_the_problem(string find, string replace, string expected)
    {
        var yaml = Valid.Replace(find, replace, StringComparison.Ordinal);
        yaml.ShouldNotBe(Valid);

        var error = Should.Throw<ResponseCatalogueException>(() => ResponseCatalogue.Parse(yaml, "t.yaml"));

        error.Message.ShouldContain(expected);
    }
}
