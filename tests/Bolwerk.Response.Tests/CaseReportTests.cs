using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Reports;
using Bolwerk.Response.Toolbox;

namespace Bolwerk.Response.Tests;

public sealed class CaseReportTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_partner_report_never_holds_what_is_marked_above_the_partner_and_says_so()
    {
        var c = CaseFile.Open("case-2026-0007", "Jamming over the North Sea", IncidentType.SpaceIncident, "space", T, "North Sea", [], ["aviation"], "nctv", Tlp.Amber, T, "ann");
        c.Move(CaseState.Assessing, null, T, "ann");
        c.AddEvidence(EvidenceSource.Document, "NOTAM A1234/26", "pilots report GNSS loss", AdmiraltyGrade.Parse("B2"), null, Tlp.Green, true, T, "ann");
        c.AddEvidence(EvidenceSource.Intelligence, "report 17", "SECRET-SOURCE-STRICT jammer located", AdmiraltyGrade.Parse("B2"), null, Tlp.AmberStrict, false, T, "ann");
        c.AddEvidence(EvidenceSource.Intelligence, "report 18", "SECRET-SOURCE-RED unit identified", AdmiraltyGrade.Parse("A1"), null, Tlp.Red, false, T, "ann");
        c.AddNote("RED-NOTE liaison", Tlp.Red, T, "ann");
        var options = OptionEngine.Assess(c, ResponseCatalogue.Default);

        var partner = CaseReport.Markdown(c, options, Tlp.Amber);
        partner.ShouldStartWith("**TLP:AMBER**");
        partner.ShouldContain("pilots report GNSS loss");
        partner.ShouldNotContain("SECRET-SOURCE-STRICT");
        partner.ShouldNotContain("SECRET-SOURCE-RED");
        partner.ShouldNotContain("RED-NOTE");
        partner.ShouldContain("3 item(s) marked above TLP:AMBER are left out");

        var full = CaseReport.Markdown(c, options, null);
        full.ShouldStartWith("**TLP:RED**");
        full.ShouldContain("SECRET-SOURCE-RED");

        Should.Throw<CaseRuleException>(() => CaseReport.Markdown(c, options, Tlp.Green)).Message.ShouldContain("cannot be reported to a recipient at TLP:GREEN");

        var html = CaseReport.Html(c, options, Tlp.Amber);
        html.ShouldContain("<h1>Case case-2026-0007: Jamming over the North Sea</h1>");
        html.ShouldNotContain("SECRET-SOURCE");
    }
}
