using Bolwerk.Maritime.Dossiers;

namespace Bolwerk.Maritime.Tests.Dossiers;

public sealed class ShadowFleetRiskTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reflagged_old_listed_tanker_that_goes_dark_and_meets_others_scores_the_maximum_with_every_factor_stated()
    {
        var facts = new DossierFacts
        {
            Mmsis = [244000001, 613000001],
            Imo = 9329760,
            Identities =
            [
                new(244000001, "flag", "NL", T0, T0.AddDays(10)),
                new(613000001, "flag", "CM", T0.AddDays(30), T0.AddDays(60)),
                new(244000001, "name", "OLD NAME", T0, T0.AddDays(10)),
                new(613000001, "name", "NEW NAME", T0.AddDays(30), T0.AddDays(60)),
                new(244000001, "callSign", "PBXY", T0, T0.AddDays(10)),
                new(613000001, "callSign", "TJAB", T0.AddDays(30), T0.AddDays(60)),
            ],
            Alerts =
            [
                .. Enumerable.Range(0, 3).Select(i => new DossierAlert("ais-gap", 613000001, T0.AddDays(31 + i), T0.AddDays(31 + i).AddHours(5), "gap", "gap")),
                .. Enumerable.Range(0, 2).Select(i => new DossierAlert("rendezvous", 613000001, T0.AddDays(40 + i), T0.AddDays(40 + i).AddHours(3), "sts", "sts")),
            ],
            WatchListEntry = "Eagle S (EU Annex XLII)",
        };

        var risk = ShadowFleetRisk.Assess(facts);

        risk.Score.ShouldBe(1.0);
        var byName = risk.Factors.ToDictionary(f => f.Name);
        byName["flagChanges"].Explanation.ShouldBe("reflagged: NL → CM under 2 MMSIs");
        byName["flagOfConvenience"].Explanation.ShouldContain("Cameroon (CM)");
        byName["age"].Explanation.ShouldContain("before about 2008");
        byName["identity"].Explanation.ShouldContain("2 names");
        risk.Factors[0].Name.ShouldBe("watchListed");
    }

    [Fact]
    public void A_young_ship_under_one_ordinary_flag_with_no_history_scores_zero()
    {
        var risk = ShadowFleetRisk.Assess(new DossierFacts
        {
            Mmsis = [244000001],
            Imo = 9876543,
            Identities = [new(244000001, "flag", "NL", T0, T0), new(244000001, "name", "NORTH STAR", T0, T0)],
        });

        risk.Score.ShouldBe(0);
        risk.Factors.ShouldAllBe(f => f.Value == 0);
        risk.Factors.Single(f => f.Name == "flagOfConvenience").Explanation.ShouldContain("not on the flags-of-convenience list");
    }

    [Fact]
    public void Weights_are_data_and_change_the_score()
    {
        var facts = new DossierFacts { Mmsis = [613000001], Identities = [new(613000001, "flag", "CM", T0, T0)] };
        var onlyFlags = new ShadowFleetRiskWeights { FlagOfConvenience = 1, FlagChanges = 0, Age = 0, AisGaps = 0, ShipToShip = 0, Identity = 0, WatchListed = 0 };
        ShadowFleetRisk.Assess(facts, onlyFlags).Score.ShouldBe(1.0);
        ShadowFleetRisk.Assess(facts).Score.ShouldBe(0.1);
        ShadowFleetRisk.Flags.ShouldContainKey("PA");
        ShadowFleetRisk.Flags.ShouldNotContainKey("NL");
    }
}
