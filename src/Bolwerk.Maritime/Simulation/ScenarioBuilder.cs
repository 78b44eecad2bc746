using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// Stages the day: background shipping on the lanes, every behaviour the watch must find in its
/// hard variants, and the innocent look-alikes it must not report, each with its label.
/// </summary>
internal sealed partial class ScenarioBuilder
{
    private const long Minute = 60_000;
    private readonly SimulationWorld _world;
    private readonly SimulationOptions _options;
    private readonly Random _random;
    private readonly SimIdentities _ids;
    private readonly long _start;
    private readonly long _end;

    public ScenarioBuilder(SimulationWorld world, SimulationOptions options)
    {
        _world = world;
        _options = options;
        _random = new Random(options.Seed);
        _ids = new SimIdentities(_random);
        _start = options.Start.ToUnixTimeMilliseconds();
        _end = _start + (long)options.Duration.TotalMilliseconds;
    }

    public List<SimVessel> Vessels { get; } = [];

    public List<SimulationLabel> Labels { get; } = [];

    /// <summary>Vessels whose identifiers go on the simulated watch list, and by which identifier.</summary>
    public List<(SimVessel Vessel, bool ByImo)> WatchListed { get; } = [];

    public void Build()
    {
        for (var i = 0; i < _options.BackgroundVessels; i++)
        {
            Vessels.Add(Background());
        }

        for (var i = 0; i < _options.InstancesPerKind; i++)
        {
            AnchorDrag(i);
            Loitering(i);
            AisGap(i);
            PositionJump(i);
            IdentityConflict(i);
            Rendezvous(i);
            WatchListedVessel(i);
        }

        for (var i = 0; i < _options.InstancesPerConfounder; i++)
        {
            SteadySlowCrossing();
            SlowdownFarFromAssets();
            FishingOverCable();
            CableShipAtWork();
            AnchoredInAnchorage();
            ReceptionGap();
            ClosePassing();
        }

        foreach (var vessel in Vessels)
        {
            AddOutages(vessel);
        }
    }

    /// <summary>Labels for watch-listed vessels span the time they were seen, known only after the run.</summary>
    public void LabelWatchListed()
    {
        foreach (var (vessel, byImo) in WatchListed.Where(w => w.Vessel.FirstReportMs >= 0))
        {
            Label(MaritimeAlertKinds.WatchlistedVessel, byImo ? "listed-by-imo" : "listed-by-mmsi", vessel.Mmsi, vessel.FirstReportMs, vessel.LastReportMs);
        }
    }

    private SimVessel Background(bool merchant = false)
    {
        var (lane, segment, point, _) = _world.PointOnLane(_random);
        var forward = _random.Next(2) == 0;
        var route = new List<GeoPoint> { point };
        route.AddRange(forward ? lane.Skip(segment + 1) : lane.Take(segment + 1).Reverse());
        var offset = (_random.NextDouble() - 0.5) * 3_000;
        var junctions = (_world.IsJunction(lane[0]), _world.IsJunction(lane[^1]));
        var roll = merchant ? _random.NextDouble() * 0.55 : _random.NextDouble();
        var (type, knots, classB) = roll switch
        {
            < 0.55 => (_random.Next(2) == 0 ? 70 + _random.Next(10) : 80 + _random.Next(10), 10 + (_random.NextDouble() * 5), false),
            < 0.67 => (60 + _random.Next(10), 15 + (_random.NextDouble() * 5), false),
            < 0.77 => (30, 8 + (_random.NextDouble() * 3), false),
            < 0.83 => (52, 8 + (_random.NextDouble() * 3), false),
            _ => (37, 5 + (_random.NextDouble() * 3), true),
        };
        var vessel = Vessel(Offset(route, offset), knots, type, _start, _end, classB: classB, shuttle: true);
        return new SimVessel
        {
            Mmsi = vessel.Mmsi, ClassB = vessel.ClassB, Name = vessel.Name, CallSign = vessel.CallSign, Imo = vessel.Imo, ShipType = vessel.ShipType,
            Length = vessel.Length, Beam = vessel.Beam, TransitKnots = vessel.TransitKnots, ActiveFromMs = vessel.ActiveFromMs, ActiveToMs = vessel.ActiveToMs,
            Route = vessel.Route, ShuttleAtEnd = true, Lane = Offset([.. lane], offset), LaneJunctions = junctions,
            EndsAtJunction = forward ? junctions.Item2 : junctions.Item1,
        };
    }

    private SimVessel Vessel(List<GeoPoint> route, double knots, int type, long from, long to, bool classB = false, bool shuttle = false, uint? mmsi = null, int? imo = null, string? name = null) => new()
    {
        Mmsi = mmsi ?? _ids.Mmsi(),
        ClassB = classB,
        Name = name ?? _ids.Name(),
        CallSign = _ids.CallSign(),
        Imo = classB ? 0 : imo ?? _ids.Imo(),
        ShipType = type,
        Length = type is >= 70 and <= 89 ? 90 + _random.Next(160) : 15 + _random.Next(60),
        Beam = type is >= 70 and <= 89 ? 15 + _random.Next(30) : 5 + _random.Next(10),
        TransitKnots = knots,
        ActiveFromMs = from,
        ActiveToMs = Math.Min(to, _end),
        Route = route,
        ShuttleAtEnd = shuttle,
    };

    private void AddOutages(SimVessel vessel)
    {
        // Outages are holes in coverage a ship sails through one at a time: drawn as a renewal
        // process (exponential spacing, at least 10 min of reception between two), never overlapping.
        var meanSpacingMs = 3_600_000.0 / Math.Max(1e-9, _options.OutagesPerHour);
        var at = vessel.ActiveFromMs + (long)(-Math.Log(1 - _random.NextDouble()) * meanSpacingMs);
        while (at < vessel.ActiveToMs)
        {
            var length = (long)((3 + (_random.NextDouble() * (_options.LongestOutage.TotalMinutes - 3))) * Minute);
            var begin = at;

            // Keep staged silences and jumps as labelled: no coverage hole within 15 min of one
            // (a hole before a jump makes the excursion reachable, so no longer a jump).
            if (!vessel.Phases.Any(p => (p.Silent || p.Displacement is not null) && begin < p.EndMs + (15 * Minute) && begin + length > p.StartMs - (15 * Minute)))
            {
                vessel.Outages.Add((at, at + length));
            }

            at += length + (10 * Minute) + (long)(-Math.Log(1 - _random.NextDouble()) * meanSpacingMs);
        }
    }

    private void Label(string kind, string variant, uint mmsi, long start, long end, string? assetId = null, uint? other = null, string? of = null) =>
        Labels.Add(new SimulationLabel
        {
            Kind = kind,
            Of = of,
            Variant = variant,
            Mmsi = mmsi,
            OtherMmsi = other,
            Start = DateTimeOffset.FromUnixTimeMilliseconds(start),
            End = DateTimeOffset.FromUnixTimeMilliseconds(end),
            AssetId = assetId,
        });

    private void Confounder(string of, string variant, uint mmsi, long start, long end, string? assetId = null, uint? other = null) =>
        Label(SimulationLabel.Confounder, variant, mmsi, start, end, assetId, other, of);

    /// <summary>A start time that leaves <paramref name="needed"/> of the day after it.</summary>
    private long StartTime(TimeSpan needed) =>
        _start + (long)((_random.NextDouble() * Math.Max(0, _options.Duration.TotalMilliseconds - needed.TotalMilliseconds - (2 * 3_600_000))) + 3_600_000);

    /// <summary>A straight route through <paramref name="through"/> on <paramref name="course"/>, starting <paramref name="before"/> metres back.</summary>
    private static List<GeoPoint> Straight(GeoPoint through, double course, double before, double after = 150_000) =>
        [SphericalGeodesy.Destination(through, course + 180, before), through, SphericalGeodesy.Destination(through, course, after)];

    private static double Metres(double knots, double minutes) => knots * 1852.0 * minutes / 60;

    // Shifts every waypoint sideways so that lane traffic spreads over a few kilometres.
    private static List<GeoPoint> Offset(List<GeoPoint> route, double metres)
    {
        if (route.Count < 2 || metres == 0)
        {
            return route;
        }

        var shifted = new List<GeoPoint>(route.Count);
        for (var i = 0; i < route.Count; i++)
        {
            var bearing = i + 1 < route.Count ? SphericalGeodesy.InitialBearingDegrees(route[i], route[i + 1]) : SphericalGeodesy.InitialBearingDegrees(route[i - 1], route[i]);
            shifted.Add(SphericalGeodesy.Destination(route[i], bearing + 90, metres));
        }

        return shifted;
    }

    private double Between(double low, double high) => low + (_random.NextDouble() * (high - low));
}
