using Bolwerk.Time;

namespace Bolwerk.Core.Tests.Time;

public sealed class TimeRangeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Contains_IsHalfOpen()
    {
        var range = new TimeRange(T0, T0.AddHours(1));

        range.Contains(T0).ShouldBeTrue();
        range.Contains(T0.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void Overlaps_AdjacentRanges_DoNotOverlap()
    {
        var first = new TimeRange(T0, T0.AddHours(1));
        var second = new TimeRange(T0.AddHours(1), T0.AddHours(2));

        first.Overlaps(second).ShouldBeFalse();
        first.Intersect(second).ShouldBeNull();
    }

    [Fact]
    public void Intersect_OverlappingRanges_ReturnsSharedPart() =>
        new TimeRange(T0, T0.AddHours(2)).Intersect(new TimeRange(T0.AddHours(1), T0.AddHours(3)))
            .ShouldBe(new TimeRange(T0.AddHours(1), T0.AddHours(2)));

    [Fact]
    public void Around_FaultTimePlusMinusWindow()
    {
        var range = TimeRange.Around(T0, TimeSpan.FromHours(6));

        range.Duration.ShouldBe(TimeSpan.FromHours(12));
        range.Start.ShouldBe(T0.AddHours(-6));
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Should.Throw<ArgumentException>(() => new TimeRange(T0, T0.AddSeconds(-1)));

    [Fact]
    public void Parse_RoundTripsIsoInterval()
    {
        var range = TimeRange.Parse("2026-11-28T12:00:00Z/2026-11-28T13:30:00+01:00");

        range.Duration.ShouldBe(TimeSpan.FromMinutes(30));
        TimeRange.Parse(range.ToString()).ShouldBe(range);
    }

    [Theory]
    [InlineData("2026-11-28T12:00:00Z")]
    [InlineData("2026-11-28T12:00:00Z/yesterday")]
    [InlineData("2026-11-28T12:00:00Z/2026-11-28T11:00:00Z")]
    public void Parse_Invalid_Throws(string text) => Should.Throw<FormatException>(() => TimeRange.Parse(text));
}
