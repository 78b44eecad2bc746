using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Tests;

public sealed class StrategyModelTests
{
    private static readonly string StrategyText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "internationale-veiligheidsstrategie-2026-2030.txt"));

    [Fact]
    public void Every_quote_stands_verbatim_in_the_strategy()
    {
        var model = StrategyModel.Default;
        StrategyText.ShouldContain(model.Goal.Quote.Replace("Strategisch doel: ", string.Empty, StringComparison.Ordinal));
        foreach (var quote in model.Indicators.Select(i => i.Indicator.Quote).Concat(model.Milestones.Select(m => m.Milestone.Quote)))
        {
            StrategyText.ShouldContain(quote);
        }
    }

    [Theory]
    [InlineData("2,8% van het BBP", "defence-spending-2030")]
    [InlineData("in 2035 is dat 3,5%", "defence-spending-2035")]
    [InlineData("1,5% bredere defensie-gerelateerde uitgaven", "defence-related-spending-2035")]
    [InlineData("minimaal 40%", "joint-procurement")]
    [InlineData("minimaal 50% in Europa en Nederland", "european-procurement")]
    [InlineData("(in 2027)", "north-sea-capability-2027")]
    [InlineData("Verdrag van Aken", "aachen-treaty")]
    [InlineData("per 1 januari 2027 de reikwijdte van Wet vifo", "vifo-six-technologies")]
    [InlineData("ruim 8.000 bedrijven", "cyber-laws-in-force")]
    [InlineData("treden in 2026 in werking", "cyber-laws-in-force")]
    [InlineData("steun aan Oekraïne meerjarig", "ukraine-aid-share-of-gdp")]
    [InlineData("(PURL)", "purl-contributions")]
    [InlineData("risicovolle strategische afhankelijkheden in het economische domein af", "risky-dependencies")]
    public void Every_dated_or_quantified_commitment_is_in_the_model_with_its_quote(string phrase, string id)
    {
        var model = StrategyModel.Default;
        var quotes = model.Indicators.Select(i => (i.Indicator.Id, i.Indicator.Quote)).Concat(model.Milestones.Select(m => (m.Milestone.Id, m.Milestone.Quote)));

        quotes.ShouldContain(q => q.Id == id && q.Quote.Contains(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void Milestones_carry_their_dates()
    {
        var milestones = StrategyModel.Default.Milestones.ToDictionary(m => m.Milestone.Id, m => m.Milestone.Due);
        milestones["vifo-six-technologies"].ShouldBe(new DateOnly(2027, 1, 1));
        milestones["north-sea-capability-2027"].Year.ShouldBe(2027);
        milestones["aachen-treaty"].Year.ShouldBe(2030);
        milestones["cyber-laws-in-force"].Year.ShouldBe(2026);
    }

    [Theory]
    [InlineData("      - id: defence-spending\n", "      - id: defence-spending\n        colour: red\n", "line")]
    [InlineData("            noDataReason: No public series measures", "            noData: No public series measures", "line")]
    [InlineData("            quote: \"Nederland is in 2030 toegetreden tot het Verdrag van Aken inzake wapenexportcontrole.\"\n", "", "entry 'aachen-treaty' needs the section and the quoted sentence")]
    [InlineData("            baseline: {year: 2024, value: 2.00}\n            target: {year: 2030, value: 2.8}\n", "", "indicator 'defence-spending-2030': a series needs a baseline")]
    [InlineData("          - id: european-procurement\n", "          - id: joint-procurement\n", "entry 'joint-procurement' has no id or is defined twice")]
    public void A_broken_model_names_the_entry(string find, string replace, string expected)
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ivs-2026-2030.yaml"));
        var broken = yaml.Replace(find, replace, StringComparison.Ordinal);
        broken.ShouldNotBe(yaml);

        Should.Throw<FormatException>(() => StrategyModel.Parse(broken, "m.yaml")).Message.ShouldContain(expected);
    }
}
