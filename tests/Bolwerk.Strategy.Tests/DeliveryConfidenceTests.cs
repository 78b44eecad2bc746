using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Tests;

public sealed class DeliveryConfidenceTests
{
    // Baseline 2.0 in 2024, target 2.6 in 2030: from 2.0 in 2024 the need is +0.1 a year.
    [Theory]
    [InlineData(0.12, DeliveryConfidence.Green)]
    [InlineData(0.08, DeliveryConfidence.AmberGreen)]
    [InlineData(0.06, DeliveryConfidence.Amber)]
    [InlineData(0.03, DeliveryConfidence.AmberRed)]
    [InlineData(-0.05, DeliveryConfidence.Red)]
    public void The_pace_ratio_places_an_indicator_on_the_five_levels(double lastYearsRise, DeliveryConfidence expected)
    {
        var (indicator, status) = Status("up", 2.0 - lastYearsRise, 2.0, 2.6);

        DeliveryConfidenceScale.Of(indicator, status, StatusRule.Default).ShouldBe(expected);
    }

    [Fact]
    public void An_indicator_that_must_fall_is_judged_on_its_fall()
    {
        var (indicator, status) = Status("down", 10.5, 10.0, 7.0); // needs -0.5 a year, fell 0.5
        DeliveryConfidenceScale.Of(indicator, status, StatusRule.Default).ShouldBe(DeliveryConfidence.Green);
        (indicator, status) = Status("down", 9.8, 10.0, 7.0); // rose: the wrong way
        DeliveryConfidenceScale.Of(indicator, status, StatusRule.Default).ShouldBe(DeliveryConfidence.Red);
    }

    [Fact]
    public void Achieved_is_green_and_no_target_has_no_level()
    {
        var (indicator, status) = Status("up", 2.5, 2.7, 2.6);
        DeliveryConfidenceScale.Of(indicator, status, StatusRule.Default).ShouldBe(DeliveryConfidence.Green);
        indicator.Target = null;
        var measured = new IndicatorEngine(new Dictionary<string, TimeSeries> { ["s"] = Series(2.5, 2.7) }, StatusRule.Default).Status(indicator, new DateOnly(2025, 6, 1));
        DeliveryConfidenceScale.Of(indicator, measured, StatusRule.Default).ShouldBeNull();
        DeliveryConfidence.AmberGreen.Label().ShouldBe("Amber/Green");
    }

    private static TimeSeries Series(double y2023, double y2024) => new("s", "test", "t", [new Observation(2023, y2023, false), new Observation(2024, y2024, false)]);

    private static (IndicatorDefinition, IndicatorStatus) Status(string direction, double y2023, double y2024, double target)
    {
        var indicator = new IndicatorDefinition { Id = "i", Series = "s", Direction = direction, Baseline = new YearValue { Year = 2024, Value = y2024 }, Target = new YearValue { Year = 2030, Value = target } };
        var engine = new IndicatorEngine(new Dictionary<string, TimeSeries> { ["s"] = Series(y2023, y2024) }, StatusRule.Default);
        return (indicator, engine.Status(indicator, new DateOnly(2025, 6, 1)));
    }
}
