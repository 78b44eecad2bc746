using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Indicators;

/// <summary>The five-level delivery-confidence scale of the UK Infrastructure and Projects Authority.</summary>
public enum DeliveryConfidence
{
    /// <summary>Delivery on time appears highly likely.</summary>
    Green,

    /// <summary>Delivery appears probable; attention will be needed.</summary>
    AmberGreen,

    /// <summary>Delivery appears feasible, with significant issues.</summary>
    Amber,

    /// <summary>Delivery is in doubt.</summary>
    AmberRed,

    /// <summary>Delivery appears unachievable without change.</summary>
    Red,
}

/// <summary>
/// A quantitative proxy for the IPA's judgement, from the same numbers as the standing: the pace
/// ratio (recent yearly change ÷ yearly change still needed, in the indicator's direction) against
/// <see cref="StatusRule.ConfidenceBands"/>. The IPA's assessment is an expert judgement on more
/// than one figure; this scale says only what the data say, and the report says so.
/// </summary>
public static class DeliveryConfidenceScale
{
    /// <summary>The level for <paramref name="status"/>, or null when there is no target or no data.</summary>
    public static DeliveryConfidence? Of(IndicatorDefinition indicator, IndicatorStatus status, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(rule);
        switch (status.Standing)
        {
            case Standing.NoData or Standing.Measured:
                return null;
            case Standing.Achieved:
                return DeliveryConfidence.Green;
        }

        if (status.RequiredAnnualChange is not { } required)
        {
            return DeliveryConfidence.Red; // the deadline has passed without the target
        }

        if (status.RecentAnnualChange is not { } recent)
        {
            return status.Standing == Standing.OnTrack ? DeliveryConfidence.AmberGreen : DeliveryConfidence.Amber; // on or off the path, pace unknown
        }

        var sign = indicator.Direction == "down" ? -1 : 1;
        var ratio = sign * recent / (sign * required);
        var bands = rule.ConfidenceBands;
        return ratio >= 1 ? DeliveryConfidence.Green
            : ratio >= bands[0] ? DeliveryConfidence.AmberGreen
            : ratio >= bands[1] ? DeliveryConfidence.Amber
            : ratio >= bands[2] ? DeliveryConfidence.AmberRed
            : DeliveryConfidence.Red;
    }

    /// <summary>The IPA's own spelling ("Amber/Green").</summary>
    public static string Label(this DeliveryConfidence level) => level switch
    {
        DeliveryConfidence.AmberGreen => "Amber/Green",
        DeliveryConfidence.AmberRed => "Amber/Red",
        _ => level.ToString(),
    };
}
