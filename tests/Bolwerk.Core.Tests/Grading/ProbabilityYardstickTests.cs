using Bolwerk.Grading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Core.Tests.Grading;

public sealed class ProbabilityYardstickTests
{
    [Theory]
    [InlineData(0.0, Likelihood.RemoteChance)]
    [InlineData(0.05, Likelihood.RemoteChance)]
    [InlineData(0.07, Likelihood.RemoteChance)]
    [InlineData(0.09, Likelihood.HighlyUnlikely)]
    [InlineData(0.5, Likelihood.RealisticPossibility)]
    [InlineData(0.52, Likelihood.RealisticPossibility)]
    [InlineData(0.53, Likelihood.Likely)]
    [InlineData(0.75, Likelihood.Likely)]
    [InlineData(0.85, Likelihood.HighlyLikely)]
    [InlineData(0.925, Likelihood.HighlyLikely)]
    [InlineData(0.99, Likelihood.AlmostCertain)]
    [InlineData(1.0, Likelihood.AlmostCertain)]
    public void FromProbability_MapsRangesAndGaps(double probability, Likelihood expected) =>
        ProbabilityYardstick.FromProbability(probability).ShouldBe(expected);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void FromProbability_NotAProbability_Throws(double probability) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ProbabilityYardstick.FromProbability(probability));

    [Fact]
    public void Describe_StatesWordsAndRange() => Likelihood.HighlyLikely.Describe().ShouldBe("highly likely (80–90 %)");

    [Property(MaxTest = 1000)]
    public Property FromProbability_IsMonotoneAndInsideOrNextToTheTermsRange() =>
        Prop.ForAll(
            (from a in Gen.Choose(0, 10_000) from b in Gen.Choose(0, 10_000) select (Math.Min(a, b) / 10_000.0, Math.Max(a, b) / 10_000.0)).ToArbitrary(),
            pair =>
            {
                var low = ProbabilityYardstick.FromProbability(pair.Item1);
                var high = ProbabilityYardstick.FromProbability(pair.Item2);
                // Gaps are at most 5 points wide, so a term is never more than 2.5 points away.
                var near = pair.Item1 >= low.LowerBound() - 0.025 && pair.Item1 <= low.UpperBound() + 0.025;
                return low <= high && near;
            });
}
