using System.Text;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Transmission;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// Runs simulated vessels on one clock and writes what a shore network would receive: NMEA
/// !AIVDM sentences with tag blocks (source, receiver time), position reports at the ITU-R
/// M.1371 rates for each class and speed, static reports every six minutes, GPS and speed noise,
/// random message loss and innocent reception outages. Deterministic for a given seed.
/// </summary>
internal sealed class TrafficSimulator(IReadOnlyList<SimVessel> vessels, SimulationOptions options)
{
    private const string Source = "bolwerk-sim";
    private const long StaticIntervalMs = 6 * 60_000;
    private readonly Random _random = new(options.Seed ^ 0x5eed);
    private readonly AisMessageEncoder _encoder = new();
    private int _sequence;

    /// <summary>Sentences written.</summary>
    public long Sentences { get; private set; }

    /// <summary>Hours between each vessel's first and last report, summed.</summary>
    public double VesselHours => vessels.Where(v => v.FirstReportMs >= 0).Sum(v => (v.LastReportMs - v.FirstReportMs) / 3_600_000.0);

    /// <summary>Simulates the whole period, writing lines to <paramref name="output"/>.</summary>
    public void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var queue = new PriorityQueue<int, (long, int)>();
        for (var i = 0; i < vessels.Count; i++)
        {
            var vessel = vessels[i];
            vessel.Position = vessel.Route[0];
            vessel.CourseDegrees = vessel.Route.Count > 1 ? SphericalGeodesy.InitialBearingDegrees(vessel.Route[0], vessel.Route[1]) : 0;
            vessel.LastMoveMs = vessel.ActiveFromMs;
            vessel.NextStaticMs = vessel.ActiveFromMs + _random.NextInt64(0, StaticIntervalMs / 4);
            queue.Enqueue(i, (vessel.ActiveFromMs, i));
        }

        var buffer = new StringBuilder(1 << 16);
        while (queue.TryDequeue(out var index, out var key))
        {
            var vessel = vessels[index];
            var now = key.Item1;
            Move(vessel, now);
            var phase = vessel.PhaseAt(now);
            var knots = CurrentKnots(vessel, phase, now);
            var status = phase?.Status ?? (vessel.PortStayUntilMs > now ? TrackPoint.Moored : (byte)0);
            if (Transmits(vessel, phase, now))
            {
                Report(buffer, vessel, phase, now, knots, status);
            }

            if (buffer.Length > 60_000)
            {
                output.Write(buffer);
                buffer.Clear();
            }

            var next = now + Interval(vessel, knots, status);
            if (next < vessel.ActiveToMs && !Arrived(vessel, phase))
            {
                queue.Enqueue(index, (next, index));
            }
        }

        output.Write(buffer);
    }

    // Alongside in port, or at the end of a route with nowhere to go, a ship is stopped.
    private static double CurrentKnots(SimVessel vessel, SimPhase? phase, long now) =>
        vessel.PortStayUntilMs > now || (phase?.Course is null && vessel.NextWaypoint >= vessel.Route.Count) ? 0 : phase?.Knots ?? vessel.TransitKnots;

    // Moves the vessel from its last move to now: along the route at the phase's speed, or on the phase's course.
    private static void Move(SimVessel vessel, long now)
    {
        var elapsedMs = now - vessel.LastMoveMs;
        vessel.LastMoveMs = now;
        if (elapsedMs <= 0)
        {
            return;
        }

        if (vessel.PortStayUntilMs > now)
        {
            return;
        }

        if (vessel.PortStayUntilMs >= 0 && vessel.PortStayUntilMs <= now)
        {
            // Port stay over: sail the whole lane back to its other end.
            vessel.PortStayUntilMs = -1;
            var atLaneEnd = vessel.Lane is { } lane && SphericalGeodesy.DistanceMetres(vessel.Position, lane[^1]) < SphericalGeodesy.DistanceMetres(vessel.Position, lane[0]);
            vessel.Route = vessel.Lane is { } whole ? (atLaneEnd ? [.. whole.Reverse()] : [.. whole]) : [.. Enumerable.Reverse(vessel.Route)];
            vessel.EndsAtJunction = vessel.Lane is not null && (atLaneEnd ? vessel.LaneJunctions.First : vessel.LaneJunctions.Last);
            vessel.NextWaypoint = 1;
        }

        var phase = vessel.PhaseAt(now - elapsedMs);
        var metres = CurrentKnots(vessel, phase, now) * 1852.0 / 3_600_000.0 * elapsedMs;
        if (phase?.Course is { } course)
        {
            vessel.CourseDegrees = course;
            vessel.Position = SphericalGeodesy.Destination(vessel.Position, course, metres);
            return;
        }

        while (metres > 0 && vessel.NextWaypoint < vessel.Route.Count)
        {
            var target = vessel.Route[vessel.NextWaypoint];
            var remaining = SphericalGeodesy.DistanceMetres(vessel.Position, target);
            if (remaining > 1)
            {
                vessel.CourseDegrees = SphericalGeodesy.InitialBearingDegrees(vessel.Position, target);
            }

            if (remaining > metres)
            {
                vessel.Position = SphericalGeodesy.Destination(vessel.Position, vessel.CourseDegrees, metres);
                return;
            }

            vessel.Position = target;
            metres -= remaining;
            vessel.NextWaypoint++;
        }

        if (vessel.NextWaypoint >= vessel.Route.Count && vessel.ShuttleAtEnd && vessel.PortStayUntilMs < 0)
        {
            // A port stay at a lane's port end; at a junction with another lane (open sea) the ship turns straight back.
            vessel.PortStayUntilMs = vessel.EndsAtJunction ? now : now + (long)TimeSpan.FromHours(2 + (vessel.Mmsi % 3)).TotalMilliseconds;
        }
    }

    private bool Transmits(SimVessel vessel, SimPhase? phase, long now)
    {
        if (phase?.Silent == true)
        {
            return false;
        }

        // Spoofed reports are exempt from outages and loss so that every labelled jump is in the data.
        if (phase?.Displacement is not null)
        {
            return true;
        }

        foreach (var (start, end) in vessel.Outages)
        {
            if (now >= start && now < end)
            {
                return false;
            }
        }

        return _random.NextDouble() >= options.MessageLoss;
    }

    private void Report(StringBuilder buffer, SimVessel vessel, SimPhase? phase, long now, double knots, byte status)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(now);
        var channel = (vessel.ReportCount & 1) == 0 ? 'A' : 'B';
        var reported = vessel.Position;
        if (phase?.Displacement is { } shift)
        {
            reported = SphericalGeodesy.Destination(SphericalGeodesy.Destination(reported, 90, shift.East), 0, shift.North);
        }

        // GPS noise of a few metres; speed and course noise as real receivers show them.
        reported = SphericalGeodesy.Destination(reported, _random.NextDouble() * 360, Math.Abs(Gaussian()) * 4);
        var sog = Math.Max(0, knots + (knots > 0.05 ? Gaussian() * 0.1 : 0));
        var cog = SphericalGeodesy.NormaliseBearing(vessel.CourseDegrees + (Gaussian() * (knots < 1 ? 20 : 1)));
        var zig = phase is { ZigZagDegrees: > 0 } ? ((vessel.ReportCount & 1) == 0 ? phase.ZigZagDegrees : -phase.ZigZagDegrees) : 0;
        var heading = (int)Math.Round(SphericalGeodesy.NormaliseBearing(vessel.CourseDegrees + zig + Gaussian())) % 360;
        var lon = (int)Math.Round(reported.Longitude * 600_000);
        var lat = (int)Math.Round(reported.Latitude * 600_000);
        var speed = Math.Min(1022, (int)Math.Round(sog * 10));
        var course = Math.Min(3599, (int)Math.Round(cog * 10));
        var second = time.Second;
        var (payload, fill) = vessel.ClassB
            ? _encoder.Encode(new PositionReportClassB(new AisHeader(18, 0, vessel.Mmsi), 0, speed, false, lon, lat, course, heading, second, 0, true, false, true, true, true, false, false, 393222))
            : _encoder.Encode(new PositionReportClassA(new AisHeader(1, 0, vessel.Mmsi), status, 0, speed, false, lon, lat, course, heading, second, 0, false, 0));
        NmeaSentenceWriter.Append(buffer, payload, fill, channel, 0, time, Source);
        Sentences++;
        vessel.ReportCount++;
        if (vessel.FirstReportMs < 0)
        {
            vessel.FirstReportMs = now;
        }

        vessel.LastReportMs = now;
        if (now >= vessel.NextStaticMs)
        {
            vessel.NextStaticMs = now + StaticIntervalMs;
            Static(buffer, vessel, phase, time, channel);
        }
    }

    private void Static(StringBuilder buffer, SimVessel vessel, SimPhase? phase, DateTimeOffset time, char channel)
    {
        var name = phase?.AlternateNames is { Count: > 0 } names ? names[vessel.StaticCount % names.Count] : vessel.Name;
        vessel.StaticCount++;
        var toBow = vessel.Length * 2 / 3;
        var toPort = vessel.Beam / 2;
        var sequence = _sequence = (_sequence + 1) % 10;
        if (vessel.ClassB)
        {
            var (a, fillA) = _encoder.Encode(new StaticDataReport(new AisHeader(24, 0, vessel.Mmsi), StaticDataPart.A, name, 0, string.Empty, 0, 0, string.Empty, 0, 0, 0, 0, 0));
            NmeaSentenceWriter.Append(buffer, a, fillA, channel, 0, time, Source);
            var (b, fillB) = _encoder.Encode(new StaticDataReport(new AisHeader(24, 0, vessel.Mmsi), StaticDataPart.B, string.Empty, vessel.ShipType, "SIM", 1, 1, vessel.CallSign, toBow, vessel.Length - toBow, toPort, vessel.Beam - toPort, 0));
            NmeaSentenceWriter.Append(buffer, b, fillB, channel, 0, time, Source);
            Sentences += 2;
            return;
        }

        var (payload, fill) = _encoder.Encode(new StaticAndVoyageData(
            new AisHeader(5, 0, vessel.Mmsi), 2, vessel.Imo, vessel.CallSign, name, vessel.ShipType,
            toBow, vessel.Length - toBow, toPort, vessel.Beam - toPort, 1, 3, 2, 12, 0, 72, "NLRTM", 0));
        NmeaSentenceWriter.Append(buffer, payload, fill, channel, sequence, time, Source);
        Sentences += 2;
    }

    // A vessel at the end of its route that does not turn round has entered port and leaves the picture.
    private static bool Arrived(SimVessel vessel, SimPhase? phase) =>
        !vessel.ShuttleAtEnd && vessel.Route.Count > 1 && vessel.NextWaypoint >= vessel.Route.Count && phase?.Course is null;

    // ITU-R M.1371-5 Table 1 (Class A) and Class B CS rates, without the turning increases.
    private static long Interval(SimVessel vessel, double knots, byte status)
    {
        if (vessel.ClassB)
        {
            return knots > 2 ? 30_000 : 180_000;
        }

        if (knots <= 3 && status is TrackPoint.AtAnchor or TrackPoint.Moored)
        {
            return 180_000;
        }

        return knots > 14 ? 6_000 : 10_000;
    }

    private double Gaussian()
    {
        // Box–Muller.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
