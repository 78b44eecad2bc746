using System.Globalization;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// The maritime watch: vessel state per MMSI and the seven detectors over the stream of
/// positions and static reports, with message time as the only clock. Feed it in time order per
/// vessel (late positions are skipped and counted), call <see cref="Complete"/> at the end of the
/// input to close open episodes. Alerts go to the sink as each episode closes.
/// Not thread-safe: one watch per stream (or per MMSI partition).
/// </summary>
public sealed partial class MaritimeWatch : IWatchInput
{
    private readonly Dictionary<uint, VesselState> _vessels = [];
    private readonly Dictionary<int, uint> _imoLastReportedBy = [];
    private readonly DetectorContext _context;
    private readonly TrackConsistencyDetector _consistency;
    private readonly AisGapDetector _gaps;
    private readonly AnchorDragDetector _anchorDrag;
    private readonly InfrastructureLoiteringDetector _loitering;
    private readonly RendezvousDetector _rendezvous;
    private readonly IdentityDetector _identity;
    private readonly WatchListDetector _watchList;
    private bool _completed;

    /// <summary>Creates a watch over <paramref name="proximity"/>'s layers, raising alerts into <paramref name="sink"/>.</summary>
    public MaritimeWatch(DetectionOptions options, AssetProximity proximity, WatchList? watchList, Action<MaritimeAlert> sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(proximity);
        ArgumentNullException.ThrowIfNull(sink);
        _context = new DetectorContext(options, proximity, watchList, sink);
        _consistency = new TrackConsistencyDetector(_context);
        _gaps = new AisGapDetector(_context);
        _anchorDrag = new AnchorDragDetector(_context);
        _loitering = new InfrastructureLoiteringDetector(_context);
        _rendezvous = new RendezvousDetector(_context);
        _identity = new IdentityDetector(_context);
        _watchList = new WatchListDetector(_context);
    }

    /// <summary>Vessels seen, by MMSI.</summary>
    public IReadOnlyDictionary<uint, VesselState> Vessels => _vessels;

    /// <summary>Counts of what was seen.</summary>
    public WatchStatistics Statistics { get; } = new();

    /// <summary>Alerts raised so far, per kind.</summary>
    public IReadOnlyDictionary<string, int> AlertsRaised => _context.Raised;

    /// <summary>True when the vessel matched the watch list (by MMSI or a reported IMO).</summary>
    public bool WatchListed(uint mmsi) => _context.WatchListed.ContainsKey(mmsi);

    /// <summary>True once <see cref="Complete"/> closed the episodes; the watch takes no more input.</summary>
    public bool IsComplete => _completed;

    /// <summary>Called with every accepted position (for track storage), after the detectors saw it.</summary>
    public Action<uint, TrackPoint>? Accepted { get; init; }

    /// <summary>A position report. <paramref name="classB"/> for types 18 and 19.</summary>
    public void ObservePosition(uint mmsi, in TrackPoint point, bool classB)
    {
        Statistics.Positions++;
        var vessel = Vessel(mmsi);
        if (vessel.HasPosition)
        {
            if (point.TimeMs < vessel.Last.TimeMs)
            {
                Statistics.OutOfOrder++;
                return;
            }

            if (point.TimeMs == vessel.Last.TimeMs && point.Longitude == vessel.Last.Longitude && point.Latitude == vessel.Last.Latitude)
            {
                Statistics.Duplicates++;
                return;
            }

            if (classB != vessel.IsClassB)
            {
                _identity.OnMixedClass(vessel, point.TimeMs);
            }
        }

        if (!_consistency.Accept(vessel, point))
        {
            Statistics.Diverted++;
            return;
        }

        Statistics.Accepted++;
        var hasPrevious = vessel.HasPosition;
        var previous = vessel.Last;
        if (!hasPrevious)
        {
            vessel.FirstTimeMs = point.TimeMs;
            vessel.IsClassB = classB;
            vessel.History.Observe("flag", vessel.Flag?.CountryCode ?? "unknown", point.Time);
            _identity.OnFirstPosition(vessel, point);
        }
        else
        {
            vessel.Cadence.Add((point.TimeMs - previous.TimeMs) / 1000.0);
            _gaps.Observe(vessel, previous, point);
        }

        if (point.HasSpeed && point.SpeedKnots < 102.2f)
        {
            vessel.Speeds.Add(point.TimeMs / 60_000, point.SpeedKnots);
        }

        _anchorDrag.Observe(vessel, previous, hasPrevious, point);
        _loitering.Observe(vessel, point);
        vessel.Last = point;
        vessel.HasPosition = true;
        vessel.Positions++;
        _rendezvous.Observe(vessel, point);
        Accepted?.Invoke(mmsi, point);
    }

    /// <summary>A static report (type 5, 19, 24 or DMA columns): only the fields it carries are applied.</summary>
    public void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        Statistics.IdentityReports++;
        var vessel = Vessel(mmsi);
        var time = DateTimeOffset.FromUnixTimeMilliseconds(timeMs);
        var current = vessel.Identity;
        var updated = current with
        {
            Name = Field(vessel, "name", reported.Name, current.Name, time, timeMs),
            CallSign = Field(vessel, "callSign", reported.CallSign, current.CallSign, time, timeMs),
            Imo = reported.Imo is { } imo ? int.Parse(Field(vessel, "imo", imo.ToString(CultureInfo.InvariantCulture), null, time, timeMs)!, CultureInfo.InvariantCulture) : current.Imo,
            ShipType = reported.ShipType is { } type ? int.Parse(Field(vessel, "shipType", type.ToString(CultureInfo.InvariantCulture), null, time, timeMs)!, CultureInfo.InvariantCulture) : current.ShipType,
            LengthMetres = reported.LengthMetres ?? current.LengthMetres,
            BeamMetres = reported.BeamMetres ?? current.BeamMetres,
        };
        if (updated != current)
        {
            vessel.Identity = updated;
        }

        if (reported.Imo is { } reportedImo)
        {
            _watchList.OnImo(vessel, reportedImo);
            if (_imoLastReportedBy.TryGetValue(reportedImo, out var previous) && previous != mmsi && _vessels.TryGetValue(previous, out var other))
            {
                _identity.OnImoReportedByAnother(vessel, other, reportedImo, timeMs);
            }

            _imoLastReportedBy[reportedImo] = mmsi;
        }
    }

    /// <summary>Closes every open episode (end of input). Further input is refused.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        foreach (var vessel in _vessels.Values.OrderBy(v => v.Mmsi))
        {
            _consistency.Complete(vessel);
            _anchorDrag.Complete(vessel);
            _loitering.Complete(vessel);
            if (vessel.HasPosition)
            {
                Statistics.VesselHours += (vessel.Last.TimeMs - vessel.FirstTimeMs) / 3_600_000.0;
            }
        }

        _rendezvous.Complete();
        _watchList.Complete();
    }

    private VesselState Vessel(uint mmsi)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The watch is complete: its episodes are closed and it takes no more input.");
        }

        if (!_vessels.TryGetValue(mmsi, out var vessel))
        {
            vessel = new VesselState(mmsi);
            _vessels[mmsi] = vessel;
            _watchList.OnNewVessel(vessel);
        }

        return vessel;
    }

    private string? Field(VesselState vessel, string field, string? reported, string? current, DateTimeOffset time, long timeMs)
    {
        if (string.IsNullOrWhiteSpace(reported))
        {
            return current;
        }

        var observation = vessel.History.Observe(field, reported, time);
        _identity.OnIdentityField(vessel, field, reported, observation, timeMs);
        return reported;
    }
}
