namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// Where decoded positions and static reports go: the watch itself, or something that carries
/// them to a watch elsewhere (a partitioned stream, an in-process partitioned watch).
/// </summary>
public interface IWatchInput
{
    /// <summary>A position report. <paramref name="classB"/> for types 18 and 19.</summary>
    void ObservePosition(uint mmsi, in TrackPoint point, bool classB);

    /// <summary>A static report: only the fields it carries are set.</summary>
    void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported);
}
