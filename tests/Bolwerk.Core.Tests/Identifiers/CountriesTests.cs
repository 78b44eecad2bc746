using Bolwerk.Identifiers;

namespace Bolwerk.Core.Tests.Identifiers;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("RU", "RU")]
    [InlineData("ru", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("russia", "RU")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Schweiz", "CH")]
    [InlineData("Bonaire, Sint Eustatius and Saba", "BQ")]
    public void Codes_names_and_aliases_resolve(string text, string code)
    {
        Countries.TryResolve(text, out var country).ShouldBeTrue();
        country!.Alpha2.ShouldBe(code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("Atlantis")]
    public void Unknown_text_does_not_resolve(string? text) => Countries.TryResolve(text, out _).ShouldBeFalse();

    [Fact]
    public void Every_iso_code_appears_once_with_a_name()
    {
        var all = Countries.All.ToList();
        all.Count.ShouldBe(249);
        all.Select(c => c.Alpha2).Distinct().Count().ShouldBe(249);
        all.ShouldAllBe(c => c.Alpha2.Length == 2 && c.Name.Length > 0);
        // Every flag state of the ITU MID table is a country here too.
        MaritimeIdentificationDigits.All.SelectMany(s => s.CountryCodes).Distinct()
            .Where(code => !Countries.TryResolve(code, out var _)).ShouldBeEmpty();
    }
}
