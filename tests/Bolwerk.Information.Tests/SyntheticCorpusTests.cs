using Xunit.Abstractions;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Simulation;

namespace Bolwerk.Information.Tests;

/// <summary>Planted networks of each kind in an organic background: found with high precision and recall.</summary>
public sealed class SyntheticCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Planted_networks_are_found_with_precision_and_recall_of_at_least_0_9()
    {
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 100_000, OrganicAccounts = 10_000 });
        var options = new DetectionOptions { Window = TimeSpan.FromSeconds(60), MinWeight = 2 };

        var result = CoordinationDetector.Detect(corpus.Posts, options);
        var scores = DetectionEvaluation.Evaluate(result, corpus, options.MinWeight);

        foreach (var s in scores)
        {
            output.WriteLine($"{s.Kind.Name()}: planted {s.Planted}, detected {s.Detected}, true {s.TruePositives}, P {s.Precision:0.000} R {s.Recall:0.000}");
        }

        scores.Count.ShouldBe(4);
        scores.ShouldAllBe(s => s.Planted > 100);
        scores.ShouldAllBe(s => s.Precision >= 0.9 && s.Recall >= 0.9);
        result.Networks.Where(n => n.Kind == CoordinationKind.CoText).ShouldNotBeEmpty();

        // The peers' measure at the same threshold misses most paraphrased copies: the reason Dice is the default.
        var jaccard = DetectionEvaluation.Evaluate(CoordinationDetector.Detect(corpus.Posts, options with { SimilarityMeasure = SimilarityMeasure.Jaccard, Kinds = new HashSet<CoordinationKind> { CoordinationKind.CoText } }), corpus, 2)
            .Single(s => s.Kind == CoordinationKind.CoText);
        output.WriteLine($"co-text, Jaccard 0.8: P {jaccard.Precision:0.000} R {jaccard.Recall:0.000}");
        jaccard.Recall.ShouldBeLessThan(scores.Single(s => s.Kind == CoordinationKind.CoText).Recall);
    }
}
