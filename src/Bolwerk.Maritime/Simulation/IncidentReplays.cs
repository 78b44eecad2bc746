using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// Replays of real incidents from their published facts, on the real asset geometry, for the
/// demo and for checking the detectors against the pattern they were built for. Only what was
/// published is staged; everything else (exact track, report timing) is simulated.
/// </summary>
internal static class IncidentReplays
{
    /// <summary>Incident names accepted by `simulate --incident`.</summary>
    public static IReadOnlyList<string> Names { get; } = ["eagle-s", "yi-peng-3"];

    /// <summary>The day the incident happened (the simulation starts at its midnight, UTC).</summary>
    public static DateTimeOffset Day(string name) => name switch
    {
        "eagle-s" => new DateTimeOffset(2024, 12, 25, 0, 0, 0, TimeSpan.Zero),
        "yi-peng-3" => new DateTimeOffset(2024, 11, 17, 0, 0, 0, TimeSpan.Zero),
        _ => throw new ArgumentException($"unknown incident '{name}' (known: {string.Join(", ", Names)})"),
    };

    /// <summary>
    /// Eagle S and Estlink 2, 25 December 2024 (notes/maritime.md, incidents CSV): a tanker on the
    /// EU Annex XLII list (IMO 9329760, listed 21 May 2025) westbound in the Gulf of Finland at
    /// 8.5 kn at 11:00 EET, 6.3 kn 35 minutes later, then silent; next report 13:05 EET at 7.5 kn,
    /// having covered about 3 nm in 1.5 h; 7–8 kn while dragging. The crossing of Estlink 2 is
    /// placed inside the silence. MMSI and name are the replay's own (marked "REPLAY").
    /// </summary>
    public static (SimVessel Vessel, List<SimulationLabel> Labels) EagleS(IReadOnlyList<InfrastructureAsset> assets)
    {
        var (estlink, line) = Cable(assets, "Estlink 2", "the Eagle S replay needs the Estlink 2 cable in the asset layers (it is in data/maritime/infrastructure/baltic/submarine_power_cables.geojson)");

        // The cable's point at mid-Gulf (59.95° N), where the westbound route crosses it.
        var crossing = line.Coordinates.OrderBy(c => Math.Abs(c.Y - 59.95)).First();
        var cable = new GeoPoint(crossing.Y, crossing.X);
        const double course = 258;
        const long minute = 60_000;
        var day = Day("eagle-s").ToUnixTimeMilliseconds();
        var start = day + (6 * 60 * minute);                  // 08:00 EET, in transit at 8.5 kn
        var slowStart = day + ((9 * 60) + 5) * minute;        // 11:05 EET: slowing (8.5 kn at 11:00)
        var darkStart = day + ((9 * 60) + 35) * minute;       // 11:35 EET: 6.3 kn, then silent
        var darkEnd = day + ((11 * 60) + 5) * minute;         // 13:05 EET: reports again at 7.5 kn
        var end = darkEnd + (150 * minute);

        // Back-plan the start so that the middle of the silence is over the cable.
        var before = (8.5 * 1852 * (slowStart - start) / 3_600_000.0) + (6.3 * 1852 * (darkStart - slowStart) / 3_600_000.0) + (2.0 * 1852 * (darkEnd - darkStart) / 2 / 3_600_000.0);
        var vessel = new SimVessel
        {
            Mmsi = 518_100_001,
            Name = "EAGLE S REPLAY",
            CallSign = "E5REP",
            Imo = 9_329_760,
            ShipType = 80,
            Length = 228,
            Beam = 32,
            TransitKnots = 8.5,
            ActiveFromMs = start,
            ActiveToMs = end,
            Route = [SphericalGeodesy.Destination(cable, course + 180, before), cable, SphericalGeodesy.Destination(cable, course, 200_000)],
        };
        vessel.Phases.Add(new SimPhase(slowStart, darkStart) { Knots = 6.3 });
        vessel.Phases.Add(new SimPhase(darkStart, darkEnd) { Knots = 2.0, Silent = true });
        vessel.Phases.Add(new SimPhase(darkEnd, end) { Knots = 7.5 });
        List<SimulationLabel> labels =
        [
            Label(MaritimeAlertKinds.AnchorDrag, vessel.Mmsi, slowStart, darkEnd, estlink.Id),
            Label(MaritimeAlertKinds.AisGap, vessel.Mmsi, darkStart, darkEnd, estlink.Id),
        ];
        return (vessel, labels);
    }

    /// <summary>
    /// Yi Peng 3 and BCS East-West / C-Lion1, 17–18 November 2024 (notes/maritime.md, incidents
    /// CSV): a bulk carrier out of Ust-Luga dropped anchor about 21:00 local on 17 November, kept
    /// moving and dragged it about 180 km; BCS East-West and, a day later, C-Lion1 failed. What is
    /// published fixes the date, the start of the drag, its length and the cables, not the speeds
    /// or the exact track: this replay is schematic — transit at 10 kn on a south-westerly course,
    /// anchor down at 19:00 UTC half an hour before crossing BCS East-West, then 5.4 kn (180 km in
    /// about 18 h), then 10 kn again. It needs the two cables' routes in the layers; they are not
    /// shipped (the only ones available, TeleGeography's, are CC BY-NC-SA), so the replay runs in
    /// tests or with layers the user loads. MMSI and name are the replay's own; no IMO is claimed.
    /// </summary>
    public static (SimVessel Vessel, List<SimulationLabel> Labels) YiPeng3(IReadOnlyList<InfrastructureAsset> assets)
    {
        var (bcs, line) = Cable(assets, "BCS East-West", "the Yi Peng 3 replay needs the BCS East-West Interlink cable in the asset layers (not shipped: load a layer with it, e.g. TeleGeography's, with --assets)");
        var middle = line.GetPointN(line.NumPoints / 2);
        var cable = new GeoPoint(middle.Y, middle.X);
        const double course = 225;
        const long minute = 60_000;
        var day = Day("yi-peng-3").ToUnixTimeMilliseconds();
        var start = day + (15 * 60 * minute);
        var anchorDown = day + (19 * 60 * minute);
        var dragEnd = anchorDown + (18 * 60 * minute);
        var end = dragEnd + (90 * minute);
        var before = (10 * 1852 * (anchorDown - start) / 3_600_000.0) + (5.4 * 1852 * 30 / 60.0);
        var vessel = new SimVessel
        {
            Mmsi = 412_100_002,
            Name = "YI PENG 3 REPLAY",
            CallSign = "YPREP",
            ShipType = 70,
            Length = 225,
            Beam = 32,
            TransitKnots = 10,
            ActiveFromMs = start,
            ActiveToMs = end,
            Route = [SphericalGeodesy.Destination(cable, course + 180, before), cable, SphericalGeodesy.Destination(cable, course, 400_000)],
        };
        vessel.Phases.Add(new SimPhase(anchorDown, dragEnd) { Knots = 5.4 });
        return (vessel, [Label(MaritimeAlertKinds.AnchorDrag, vessel.Mmsi, anchorDown, dragEnd, bcs.Id, "replay-yi-peng-3-bcs-c-lion1")]);
    }

    // The named cable and its line (the longest part of a multi-line).
    private static (InfrastructureAsset Asset, LineString Line) Cable(IReadOnlyList<InfrastructureAsset> assets, string name, string missing)
    {
        var asset = assets.FirstOrDefault(a => a.Name is { } n && n.Contains(name, StringComparison.OrdinalIgnoreCase)) ?? throw new ArgumentException(missing);
        var line = asset.Geometry as LineString ?? (asset.Geometry as MultiLineString)?.Geometries.OfType<LineString>().OrderByDescending(l => l.Length).First()
            ?? throw new ArgumentException($"{name} ({asset.Id}) is not a line");
        return (asset, line);
    }

    private static SimulationLabel Label(string kind, uint mmsi, long start, long end, string assetId, string variant = "replay-eagle-s-estlink-2") => new()
    {
        Kind = kind,
        Variant = variant,
        Mmsi = mmsi,
        Start = DateTimeOffset.FromUnixTimeMilliseconds(start),
        End = DateTimeOffset.FromUnixTimeMilliseconds(end),
        AssetId = assetId,
    };
}
