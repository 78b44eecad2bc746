using Bolwerk.Identifiers;

namespace Bolwerk.Core.Tests.Identifiers;

public sealed class ImoNumberTests
{
    // Weights of digits 1..6; the 7th digit is the check digit.
    private static readonly int[] Weights = [7, 6, 5, 4, 3, 2];

    [Fact]
    public void IsValid_EveryImoOnTheRealSanctionsLists_IsTrue()
    {
        var eu = SanctionedVesselFixtures.EuAnnexXliiImos();
        var ofac = SanctionedVesselFixtures.OfacSdnImos();

        eu.Count.ShouldBe(557);
        ofac.Count.ShouldBe(1450);
        eu.Concat(ofac).Where(imo => !ImoNumber.IsValid(imo)).ShouldBeEmpty();
    }

    [Fact]
    public void IsValid_SingleDigitCorruptions_RejectedExactlyWhenTheWeightedSumChanges()
    {
        // IMO's mod-10 scheme with weights 7..2 catches a changed digit only when weight × change
        // is not a multiple of 10: every change of the check digit and of the digits weighted 7,
        // 6, 4, 3, 2 except by ±5 at even weights, and only odd changes at weight 5. So "rejects
        // every corruption" cannot hold; this test pins down exactly which ones are caught.
        var imos = SanctionedVesselFixtures.EuAnnexXliiImos().Concat(SanctionedVesselFixtures.OfacSdnImos()).Distinct().ToList();
        int corruptions = 0, rejected = 0;
        foreach (var imo in imos)
        {
            var digits = imo.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c - '0').ToArray();
            for (var position = 0; position < 7; position++)
            {
                for (var replacement = 0; replacement <= 9; replacement++)
                {
                    if (replacement == digits[position] || (position == 0 && replacement == 0))
                    {
                        continue; // not a change, or no longer seven digits
                    }

                    var corrupted = (int[])digits.Clone();
                    corrupted[position] = replacement;
                    var value = corrupted.Aggregate(0, (acc, d) => (acc * 10) + d);
                    var change = replacement - digits[position];
                    var detectable = position == 6 || Weights[position] * change % 10 != 0;
                    corruptions++;
                    if (!ImoNumber.IsValid(value))
                    {
                        rejected++;
                    }

                    ImoNumber.IsValid(value).ShouldBe(!detectable, $"IMO {imo} with digit {position + 1} set to {replacement}");
                }
            }
        }

        corruptions.ShouldBeGreaterThan(100_000);
        // The check digit, and digits weighted 7 and 3 (coprime to 10), catch every change.
        ((double)rejected / corruptions).ShouldBeGreaterThan(0.85);
    }

    [Theory]
    [InlineData("9074729", 9074729)]
    [InlineData("IMO 9074729", 9074729)]
    [InlineData("imo9329760", 9329760)]
    [InlineData(" 9329760 ", 9329760)]
    public void Parse_ValidForms_ReturnsNumber(string text, int expected) => ImoNumber.Parse(text).Value.ShouldBe(expected);

    [Fact]
    public void Parse_WrongCheckDigit_ExplainsExpectedDigit() =>
        Should.Throw<FormatException>(() => ImoNumber.Parse("9074728")).Message
            .ShouldBe("'9074728' is not an IMO number: check digit is 8, expected 9.");

    [Theory]
    [InlineData("907472")]
    [InlineData("90747290")]
    [InlineData("90747a9")]
    [InlineData("")]
    public void TryParse_Malformed_ReturnsFalse(string text) => ImoNumber.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void FromValue_SixDigits_Throws() =>
        Should.Throw<ArgumentException>(() => ImoNumber.FromValue(907472)).Message.ShouldStartWith("907472 is not a valid IMO number: an IMO number has exactly seven digits");

    [Fact]
    public void ComputeCheckDigit_WorkedExample_Is9() => ImoNumber.ComputeCheckDigit(907472).ShouldBe(9);
}
