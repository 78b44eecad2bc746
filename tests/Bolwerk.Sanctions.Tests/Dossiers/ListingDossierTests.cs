using System.Text.Json;
using System.Xml.Linq;
using Bolwerk.Sanctions.Dossiers;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Tests.Screening;

namespace Bolwerk.Sanctions.Tests.Dossiers;

public sealed class ListingDossierTests : IDisposable
{
    private static readonly string Proposal = Path.Combine(AppContext.BaseDirectory, "Fixtures", "proposals", "eagle-s-rusda.yaml");
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-dossier-").FullName;

    [Fact]
    public void Both_regimes_ship_with_their_acts_measures_and_criteria()
    {
        var rusda = ListingRegime.Find("EU-RUSDA")!;
        rusda.FsfProgramme.ShouldBe("RUSDA");
        rusda.LegalActs.ShouldContain(a => a.Contains("2024/2642", StringComparison.Ordinal));
        rusda.Criteria.Select(c => c.Id).ShouldContain("sabotage");
        rusda.Criteria.Select(c => c.Id).ShouldContain("information-manipulation");
        var cyber = ListingRegime.Find("cyb")!;
        cyber.Key.ShouldBe("EU-CYB");
        cyber.LegalActs.ShouldContain(a => a.Contains("2019/796", StringComparison.Ordinal));
        cyber.SignificantEffectFactors.Count.ShouldBe(7);
    }

    [Fact]
    public void A_proposal_for_a_listed_vessel_becomes_a_dossier_with_graded_evidence_reasons_and_checks()
    {
        var proposal = ListingProposalReader.Read(Proposal);
        var dossier = ListingDossier.Build(proposal, ListFixtures.Entities);

        dossier.Subject.Names.ShouldBe(["Eagle S"]);
        dossier.CurrentListings.Select(e => e.Id).ShouldBe(["eu-annex-xlii-9329760"]);
        proposal.Evidence.Single(e => e.Id == "E2").Sha256.ShouldBe("ed603bfa42713166fa5617e5528cdd3a54672f249d6a912f2c85d31d35e23a12");
        dossier.StatementGenerated.ShouldBeTrue();
        dossier.FactsWithheld.ShouldBe(1);
        dossier.StatementOfReasons.ShouldContain("Estlink 2");
        dossier.StatementOfReasons.ShouldNotContain("liaison", Case.Insensitive); // E4 may not be disclosed
        dossier.Checks.ShouldBe(["1 fact(s) were left out of the generated statement of reasons because some of their evidence may not be disclosed."]);

        var markdown = DossierDocuments.Markdown(dossier);
        markdown.ShouldContain("### sabotage");
        markdown.ShouldContain("| E4 | Liaison report (withheld) | Partner service | C3 (reliability C, credibility 3) |");
        var html = DossierDocuments.Html(dossier);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<h3>sabotage</h3>");
        html.ShouldNotContain("<script", Case.Insensitive);

        var lines = DossierDocuments.FtmJsonLines(dossier).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("schema").GetString()).ShouldBe(["Vessel", "Sanction"]);
        lines[0].GetProperty("properties").GetProperty("imoNumber")[0].GetString().ShouldBe("9329760");
        var sanction = lines[1].GetProperty("properties");
        sanction.GetProperty("programId")[0].GetString().ShouldBe("EU-RUSDA");
        sanction.GetProperty("status")[0].GetString().ShouldBe("proposed");
        sanction.GetProperty("entity")[0].GetString().ShouldBe("eu-annex-xlii-9329760");

        var fsf = DossierDocuments.FsfEntry(dossier);
        XNamespace ns = "http://eu.europa.ec/fpi/fsd/export";
        fsf.Element(ns + "regulation")!.Attribute("programme")!.Value.ShouldBe("RUSDA");
        fsf.Element(ns + "identification")!.Attribute("number")!.Value.ShouldBe("9329760");
    }

    [Fact]
    public void The_proposed_fsf_entry_reads_back_with_the_fsf_reader()
    {
        var dossier = ListingDossier.Build(ListingProposalReader.Read(Proposal), ListFixtures.Entities);
        var path = Path.Combine(_directory, "entry.xml");
        var fsf = DossierDocuments.FsfEntry(dossier);
        fsf.SetAttributeValue("logicalId", "1");
        File.WriteAllText(path, new XElement(fsf.Name.Namespace + "export", fsf).ToString());

        var read = EuFsfXmlReader.Read(path).ShouldHaveSingleItem();

        read.Names.ShouldBe(["Eagle S"]);
        read.Programme.ShouldBe("EU-RUSDA");
        read.Identifiers.ShouldContain(new Bolwerk.Sanctions.Model.EntityIdentifier("IMO", "9329760"));
    }

    [Fact]
    public void Weak_and_undisclosable_grounds_and_double_listings_are_flagged()
    {
        var path = Write("""
            regime: EU-CYB
            proposedBy: test
            date: 2026-11-29
            subject:
              name: Exemplar Cyber Unit
              schema: Organization
            grounds:
              - criterion: responsible
                facts:
                  - text: The unit ran the intrusion.
                    evidence: [E1]
            evidence:
              - id: E1
                title: Rumour
                source: Unknown forum
                grade: F6
                publicUse: false
              - id: E2
                title: Unused
                source: Somewhere
                grade: B2
            """);

        var dossier = ListingDossier.Build(ListingProposalReader.Read(path), []);

        dossier.Checks.Count.ShouldBe(4);
        dossier.Checks[0].ShouldContain("rests only on weakly graded evidence (E1 F6)");
        dossier.Checks[1].ShouldContain("no evidence that may be disclosed");
        dossier.Checks[2].ShouldContain("E2 (Unused) is cited by no fact");
        dossier.Checks[3].ShouldContain("left out of the generated statement");
    }

    [Theory]
    [InlineData("regime: EU-XYZ\n", "line 1, regime: 'EU-XYZ' is not a regime Bolwerk knows")]
    [InlineData("regime: EU-RUSDA\nproposedBy: x\ndate: 2026-01-01\nsubject: {name: X}\nevidence: []\ngrounds:\n  - criterion: piracy\n    facts: [{text: t}]\n", "line 7, criterion: 'piracy' is not a criterion of EU-RUSDA")]
    [InlineData("regime: EU-RUSDA\nproposedBy: x\ndate: 2026-01-01\nsubject: {name: X}\nevidence: []\ngrounds:\n  - criterion: sabotage\n    facts:\n      - text: t\n        evidence: [E9]\n", "line 10, evidence: evidence 'E9' is not defined")]
    [InlineData("regime: EU-RUSDA\nproposedBy: x\ndate: 2026-01-01\nsubject: {name: X}\nevidence:\n  - id: E1\n    title: t\n    source: s\n    grade: G9\ngrounds: []\n", "line 9, grade: 'G9' is not an Admiralty code")]
    [InlineData("regime: EU-RUSDA\nproposedBy: x\ndate: 2026-01-01\nsubject: {name: X}\nevidence:\n  - id: E1\n    title: t\n    source: s\n    grade: B2\n    file: missing.pdf\ngrounds: []\n", "line 10, file: 'missing.pdf' does not exist")]
    [InlineData("regime: [unclosed\n", "syntax")]
    public void Bad_proposals_name_the_line_and_field(string yaml, string expected)
    {
        var error = Should.Throw<ListingProposalException>(() => ListingProposalReader.Read(Write(yaml)));

        error.Message.ShouldContain("proposal.yaml: ");
        error.Message.ShouldContain(expected);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string yaml)
    {
        var path = Path.Combine(_directory, "proposal.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
