namespace Bolwerk.Sanctions.Evaluation;

/// <summary>Counts of a labelled evaluation at one threshold, with precision, recall and F1.</summary>
public sealed record ConfusionCounts(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>Share of predicted matches that are matches.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of matches that were predicted.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>All cases counted.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Counts of (label, prediction) pairs.</summary>
    public static ConfusionCounts Of(IEnumerable<(bool Label, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var (label, predicted) in outcomes)
        {
            _ = (label, predicted) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (false, false) => tn++,
                (true, false) => fn++,
            };
        }

        return new ConfusionCounts(tp, fp, tn, fn);
    }
}
