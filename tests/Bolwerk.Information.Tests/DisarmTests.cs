using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;

namespace Bolwerk.Information.Tests;

public sealed class DisarmTests
{
    private static readonly DisarmFramework Framework = DisarmFramework.Default;

    [Fact]
    public void The_red_and_blue_frameworks_load_from_the_shipped_files()
    {
        Framework.Techniques.Count.ShouldBe(391); // 103 techniques + 288 sub-techniques
        Framework.Techniques.Values.Count(t => !t.IsSubTechnique).ShouldBe(103);
        Framework.Tactics.Count.ShouldBe(16);
        Framework.Countermeasures.Count.ShouldBe(140);
        Framework.Techniques["T0049.003"].Name.ShouldBe("Bots Amplify via Automated Forwarding and Reposting");
        Framework.Techniques["T0049"].TacticId.ShouldBe(Framework.Techniques["T0049.003"].TacticId);
        Framework.Tactics[Framework.Techniques["T0049"].TacticId].Name.ShouldBe("Maximise Exposure");
    }

    [Fact]
    public void Links_to_retired_technique_ids_are_kept_apart_not_suggested()
    {
        var linkedIds = Framework.Links.Select(l => l.Technique).Concat(Framework.RetiredLinks.Select(l => l.Technique)).Distinct().ToList();

        linkedIds.Count.ShouldBe(68);
        Framework.Links.Select(l => l.Technique).Distinct().Count().ShouldBe(26); // only 26 of the 68 ids still exist
        Framework.RetiredLinks.ShouldContain(l => l.Technique == "T0001");
        Framework.Techniques.ContainsKey("T0001").ShouldBeFalse();
        Framework.CountermeasuresFor("T0049.003").ShouldNotBeEmpty(); // from its parent T0049
        Framework.CountermeasuresFor("T0049.003").Select(c => c.Id).ShouldBe(Framework.CountermeasuresFor("T0049").Select(c => c.Id));
    }

    [Fact]
    public void Every_suggested_technique_exists_and_speed_separates_bots_from_trolls()
    {
        DisarmSuggestions.AllIds.ShouldAllBe(id => Framework.Techniques.ContainsKey(id));
        CoordinatedNetwork Network(double meanDelta, params CoordinationKind[] kinds) =>
            new(kinds.Length > 1 ? CoordinationKind.Multi : kinds[0], ["a", "b"], ["1", "2"], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0.5, 1, [], kinds, meanDelta);

        DisarmSuggestions.For(Network(2, CoordinationKind.CoShare), Framework).Select(s => s.Technique.Id).ShouldBe(["T0049.003", "T0049"]);
        DisarmSuggestions.For(Network(40, CoordinationKind.CoShare), Framework).Select(s => s.Technique.Id).ShouldBe(["T0049.001", "T0049.005", "T0118"]);
        DisarmSuggestions.For(Network(40, CoordinationKind.CoText, CoordinationKind.CoLink), Framework).Select(s => s.Technique.Id).Order().ShouldBe(["T0049.007", "T0084", "T0084.001", "T0119"]);
    }
}
