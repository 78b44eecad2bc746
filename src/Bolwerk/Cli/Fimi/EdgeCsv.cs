using System.Globalization;
using Bolwerk.Information.Coordination;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>Every edge of a run as CSV, with both peers' weights, so results can be compared with the QUT toolkit and CooRTweet.</summary>
internal static class EdgeCsv
{
    public static void Write(string path, DetectionResult result)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("kind,account,account_y,items,pairs,avg_time_delta,weight_a_to_b,weight_b_to_a,symmetry,chance_p");
        var c = CultureInfo.InvariantCulture;
        foreach (var (kind, edges) in result.Edges.OrderBy(e => e.Key))
        {
            foreach (var e in edges.Where(e => e.A != e.B))
            {
                var (a, b) = (result.Accounts.Name(e.A), result.Accounts.Name(e.B));
                var swap = string.CompareOrdinal(a, b) > 0;
                var (first, second) = swap ? (e.B, e.A) : (e.A, e.B);
                writer.WriteLine(string.Create(c, $"{kind.Name()},{result.Accounts.Name(first)},{result.Accounts.Name(second)},{e.Objects},{e.PairCount},{e.MeanDeltaSeconds:0.###},{e.DirectedWeight(first)},{e.DirectedWeight(second)},{e.Symmetry:0.###},{e.ChanceP:G4}"));
            }
        }
    }
}
