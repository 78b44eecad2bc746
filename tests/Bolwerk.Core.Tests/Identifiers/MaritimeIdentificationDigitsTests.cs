using Bolwerk.Identifiers;

namespace Bolwerk.Core.Tests.Identifiers;

public sealed class MaritimeIdentificationDigitsTests
{
    [Fact]
    public void All_CoversTheItuTable()
    {
        var all = MaritimeIdentificationDigits.All.ToList();

        all.Count.ShouldBe(292);
        all.ShouldAllBe(state => state.Mid >= 201 && state.Mid <= 775);
        all.ShouldAllBe(state => state.CountryCodes.All(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper)));
        all.Select(state => state.Mid).ShouldBeUnique();
    }

    [Theory]
    [InlineData(244, "NL")]
    [InlineData(245, "NL")]
    [InlineData(246, "NL")]
    [InlineData(211, "DE")]
    [InlineData(218, "DE")]
    [InlineData(232, "GB")]
    [InlineData(273, "RU")]
    [InlineData(351, "PA")]
    [InlineData(538, "MH")]
    [InlineData(636, "LR")]
    [InlineData(677, "TZ")]
    [InlineData(613, "CM")]
    [InlineData(457, "MN")]
    public void TryGetFlagState_KnownMids_ReturnsCountry(int mid, string country)
    {
        MaritimeIdentificationDigits.TryGetFlagState(mid, out var state).ShouldBeTrue();
        state.CountryCode.ShouldBe(country);
    }

    [Fact]
    public void TryGetFlagState_SharedMid_ListsEveryTerritory()
    {
        MaritimeIdentificationDigits.TryGetFlagState(306, out var state).ShouldBeTrue();
        state.CountryCodes.ShouldBe(["CW", "SX", "BQ"]);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(217)]
    [InlineData(260)]
    [InlineData(800)]
    public void IsAllocated_Unallocated_IsFalse(int mid) => MaritimeIdentificationDigits.IsAllocated(mid).ShouldBeFalse();
}
