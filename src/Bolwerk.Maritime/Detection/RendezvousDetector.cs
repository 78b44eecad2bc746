using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// rendezvous: two vessels within 500 m of each other, both below 2 kn, for at least two hours,
/// at least 10 km from a designated anchorage (Global Fishing Watch's encounter rule), both Class A
/// (Class B yachts raft up in every marina; transfers are between ships). Slow
/// vessels sit in a grid of 0.02° cells; each looks for company in its own and the eight
/// neighbouring cells at most once a minute, so the cost grows with slow vessels nearby, not
/// with all pairs.
/// </summary>
internal sealed class RendezvousDetector(DetectorContext context)
{
    private const double CellDegrees = 0.02;
    private const long MinuteMs = 60_000;
    private readonly RendezvousOptions _options = context.Options.Rendezvous;
    private readonly Dictionary<long, List<VesselState>> _cells = [];
    private readonly Dictionary<(uint, uint), Encounter> _encounters = [];
    private long _lastSweepMs = -(1L << 60);

    public void Observe(VesselState vessel, in TrackPoint point)
    {
        // Class B craft (yachts, small workboats) raft up in every marina; ship-to-ship transfers are between Class A ships.
        var slow = !vessel.IsClassB && point.HasSpeed && point.SpeedKnots < _options.MaximumSpeedKnots && point.Status != TrackPoint.Moored;
        var presence = vessel.Rendezvous;
        if (!slow)
        {
            if (presence is not null)
            {
                Leave(vessel, presence);
            }
        }
        else
        {
            var cell = Cell(point.Longitude, point.Latitude);
            if (presence is null)
            {
                presence = new RendezvousPresence(cell);
                vessel.Rendezvous = presence;
                Members(cell).Add(vessel);
            }
            else if (presence.Cell != cell)
            {
                Members(presence.Cell).Remove(vessel);
                presence.Cell = cell;
                Members(cell).Add(vessel);
            }

            presence.LastSlowMs = point.TimeMs;
            if (point.TimeMs - presence.LastSearchMs >= MinuteMs)
            {
                presence.LastSearchMs = point.TimeMs;
                Search(vessel, point, cell);
            }
        }

        if (point.TimeMs - _lastSweepMs >= 10 * MinuteMs)
        {
            _lastSweepMs = point.TimeMs;
            Sweep(point.TimeMs, complete: false);
        }
    }

    public void Complete() => Sweep(long.MaxValue, complete: true);

    private void Search(VesselState vessel, in TrackPoint point, long cell)
    {
        var cx = (int)(cell >> 32);
        var cy = unchecked((int)cell);
        var staleMs = (long)(_options.BreakMinutes * MinuteMs / 2);
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (!_cells.TryGetValue(Key(cx + dx, cy + dy), out var members))
                {
                    continue;
                }

                foreach (var other in members)
                {
                    if (other == vessel || other.Rendezvous is not { } presence || point.TimeMs - presence.LastSlowMs > staleMs)
                    {
                        continue;
                    }

                    var there = other.Last;
                    var metres = SphericalGeodesy.DistanceMetres(new GeoPoint(point.Latitude, point.Longitude), new GeoPoint(there.Latitude, there.Longitude));
                    if (metres <= _options.MaximumDistanceMetres)
                    {
                        Sighting(vessel, other, point, metres);
                    }
                }
            }
        }
    }

    private void Sighting(VesselState vessel, VesselState other, in TrackPoint point, double metres)
    {
        var (first, second) = vessel.Mmsi < other.Mmsi ? (vessel, other) : (other, vessel);
        var key = (first.Mmsi, second.Mmsi);
        if (!_encounters.TryGetValue(key, out var encounter))
        {
            encounter = new Encounter(first, second, point.TimeMs);
            _encounters[key] = encounter;
        }

        encounter.LastMs = Math.Max(encounter.LastMs, point.TimeMs);
        encounter.Evidence.Add(point);
        if (metres < encounter.ClosestMetres)
        {
            encounter.ClosestMetres = metres;
            encounter.ClosestAt = point;
        }
    }

    private void Sweep(long nowMs, bool complete)
    {
        var breakMs = (long)(_options.BreakMinutes * MinuteMs);
        List<(uint, uint)>? ended = null;
        foreach (var (key, encounter) in _encounters)
        {
            if (complete || nowMs - encounter.LastMs > breakMs)
            {
                (ended ??= []).Add(key);
            }
        }

        if (ended is null)
        {
            return;
        }

        // Close in a fixed order so output does not depend on dictionary layout.
        ended.Sort();
        foreach (var key in ended)
        {
            var encounter = _encounters[key];
            _encounters.Remove(key);
            Close(encounter);
        }
    }

    private void Close(Encounter encounter)
    {
        var durationMs = encounter.LastMs - encounter.StartMs;
        if (durationMs < _options.MinimumMinutes * MinuteMs)
        {
            return;
        }

        var at = encounter.ClosestAt;
        if (context.Proximity.NearestAnchorage(at.Longitude, at.Latitude, _options.AnchorageExclusionMetres) is not null)
        {
            return;
        }

        var first = encounter.First;
        var second = encounter.Second;
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{DetectorContext.Describe(first)} and {DetectorContext.Describe(second)} stayed within {DetectorContext.F(_options.MaximumDistanceMetres, 0)} m of each other (closest {DetectorContext.F(encounter.ClosestMetres, 0)} m), both below {DetectorContext.F(_options.MaximumSpeedKnots)} kn, for {DetectorContext.Duration(durationMs)}, more than {DetectorContext.F(_options.AnchorageExclusionMetres / 1000, 0)} km from any designated anchorage");
        var score = 0.6 + (0.25 * Math.Min(1, (durationMs - (_options.MinimumMinutes * MinuteMs)) / (4.0 * 60 * MinuteMs)));
        if (first.Identity.ShipType is >= 80 and <= 89 || second.Identity.ShipType is >= 80 and <= 89)
        {
            score += 0.1;
            explanation += "; a tanker is involved (ship-to-ship transfer)";
        }

        if (context.IsWatchListed(first) || context.IsWatchListed(second))
        {
            score += 0.1;
            explanation += "; a vessel on the watch list is involved";
        }

        var near = context.Proximity.NearestCorridor(at.Longitude, at.Latitude, context.Options.Corridor.BufferMetres);
        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.Rendezvous, first, encounter.StartMs, encounter.LastMs, score, explanation) with
        {
            OtherMmsi = second.Mmsi,
            AssetId = near?.Asset.Id,
            AssetName = near?.Asset.Name,
            Evidence = encounter.Evidence.ToList(),
            Thresholds = new Dictionary<string, double>
            {
                ["maximumDistanceMetres"] = _options.MaximumDistanceMetres,
                ["maximumSpeedKnots"] = _options.MaximumSpeedKnots,
                ["minimumMinutes"] = _options.MinimumMinutes,
                ["anchorageExclusionMetres"] = _options.AnchorageExclusionMetres,
            },
        });
    }

    private void Leave(VesselState vessel, RendezvousPresence presence)
    {
        Members(presence.Cell).Remove(vessel);
        vessel.Rendezvous = null;
    }

    private List<VesselState> Members(long cell)
    {
        if (!_cells.TryGetValue(cell, out var members))
        {
            members = [];
            _cells[cell] = members;
        }

        return members;
    }

    private static long Cell(double longitude, double latitude) => Key((int)Math.Floor(longitude / CellDegrees), (int)Math.Floor(latitude / CellDegrees));

    private static long Key(int cx, int cy) => ((long)cx << 32) | unchecked((uint)cy);

    // The members of a cell are written in their order: a search meets them in that order.
    internal void WriteTo(WatchStateWriter writer)
    {
        writer.WriteAll(_cells, cell =>
        {
            writer.Write(cell.Key);
            writer.WriteAll(cell.Value, vessel => writer.Write(vessel.Mmsi));
        });
        writer.WriteAll(_encounters.Values, encounter => encounter.WriteTo(writer));
        writer.Write(_lastSweepMs);
    }

    internal void ReadFrom(WatchStateReader reader, Func<uint, VesselState> vessel)
    {
        _cells.Clear();
        for (var n = reader.ReadCount(minimumItemBytes: 12); n > 0; n--)
        {
            var key = reader.ReadInt64();
            _cells[key] = reader.ReadAll(() => vessel(reader.ReadUInt32()), minimumItemBytes: 4);
        }

        _encounters.Clear();
        for (var n = reader.ReadCount(minimumItemBytes: 8); n > 0; n--)
        {
            var encounter = Encounter.ReadFrom(reader, vessel);
            _encounters[(encounter.First.Mmsi, encounter.Second.Mmsi)] = encounter;
        }

        _lastSweepMs = reader.ReadInt64();
    }
}
