using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// The one lane that reads every partition: the rules that compare two vessels (a rendezvous, one
/// IMO reported by two MMSIs) need both vessels' messages, which partitioning by MMSI splits. The
/// partition lanes keep the alerts about one vessel; the pairs lane runs the same watch over the
/// whole stream and keeps only the alerts naming a second vessel. Together they store what one
/// watch over everything would (apart from the area reporting rhythm behind an AIS gap's score,
/// which each partition learns from its own vessels).
/// </summary>
public static class PairsLane
{
    /// <summary>The lane's name in worker options, leases and checkpoints.</summary>
    public const string Name = "pairs";

    /// <summary>True when the lane (<paramref name="pairs"/> or a partition) stores <paramref name="alert"/>.</summary>
    public static bool Keeps(bool pairs, MaritimeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return pairs == alert.OtherMmsi.HasValue;
    }
}
