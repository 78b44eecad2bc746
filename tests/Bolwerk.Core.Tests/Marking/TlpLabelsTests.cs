using Bolwerk.Marking;

namespace Bolwerk.Core.Tests.Marking;

public sealed class TlpLabelsTests
{
    [Theory]
    [InlineData("TLP:CLEAR", Tlp.Clear)]
    [InlineData("clear", Tlp.Clear)]
    [InlineData("TLP:WHITE", Tlp.Clear)]
    [InlineData("green", Tlp.Green)]
    [InlineData("TLP:AMBER", Tlp.Amber)]
    [InlineData("tlp:amber+strict", Tlp.AmberStrict)]
    [InlineData(" RED ", Tlp.Red)]
    public void Parse_KnownLabels_ReturnsValue(string text, Tlp expected) => TlpLabels.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("AMBER STRICT")]
    [InlineData("ORANGE")]
    [InlineData("")]
    public void TryParse_Unknown_ReturnsFalse(string text) => TlpLabels.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(Tlp.Clear, "TLP:CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487")]
    [InlineData(Tlp.Green, "TLP:GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb")]
    [InlineData(Tlp.Amber, "TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421")]
    [InlineData(Tlp.AmberStrict, "TLP:AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003")]
    [InlineData(Tlp.Red, "TLP:RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1")]
    public void Labels_MatchTheOasisTlp2Definitions(Tlp tlp, string label, string stixId)
    {
        tlp.ToLabel().ShouldBe(label);
        tlp.StixMarkingDefinitionId().ShouldBe(stixId);
        TlpLabels.Parse(label).ShouldBe(tlp);
    }

    [Fact]
    public void MostRestrictive_PicksTheStricterLabel()
    {
        TlpLabels.MostRestrictive(Tlp.Green, Tlp.AmberStrict).ShouldBe(Tlp.AmberStrict);
        TlpLabels.MostRestrictive(Tlp.Red, Tlp.Clear).ShouldBe(Tlp.Red);
    }
}
