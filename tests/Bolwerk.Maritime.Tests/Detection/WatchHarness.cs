using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Tests.Detection;

/// <summary>
/// A watch over a small hand-made world: one cable running north–south along 3.0°E from 53.0°N
/// to 54.0°N, and two anchorages (4 km squares): one centred on 3.5°E 53.5°N, far from the cable, and one at 3.03°E 53.8°N, beside it. Tracks are built by
/// dead reckoning so each test states its ship's behaviour in knots and minutes.
/// </summary>
internal sealed class WatchHarness
{
    public const double CableLongitude = 3.0;
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public WatchHarness(DetectionOptions? options = null, WatchList? watchList = null)
    {
        var assets = new List<InfrastructureAsset>
        {
            new("cable-1", "Test Cable", AssetKind.Cable, "test", Factory.CreateLineString([new Coordinate(CableLongitude, 53.0), new Coordinate(CableLongitude, 54.0)]), new Dictionary<string, string>()),
            new("anchorage-1", "Test Anchorage", AssetKind.Anchorage, "test", Square(3.5, 53.5, 0.018), new Dictionary<string, string>()),
            new("anchorage-2", "Anchorage By The Cable", AssetKind.Anchorage, "test", Square(3.03, 53.8, 0.018), new Dictionary<string, string>()),
        };
        var effective = options ?? new DetectionOptions();
        Watch = new MaritimeWatch(effective, new AssetProximity(assets, 5_000, 10_000), watchList, Alerts.Add);
    }

    public MaritimeWatch Watch { get; }

    public List<MaritimeAlert> Alerts { get; } = [];

    public IEnumerable<MaritimeAlert> Of(string kind) => Alerts.Where(alert => alert.Kind == kind);

    public void Identity(uint mmsi, int shipType, string name = "TEST SHIP", int? imo = null, double minutes = 0) =>
        Watch.ObserveIdentity(mmsi, T0.AddMinutes(minutes).ToUnixTimeMilliseconds(), new VesselIdentity { Name = name, ShipType = shipType, Imo = imo });

    public void Feed(uint mmsi, IEnumerable<TrackPoint> points)
    {
        foreach (var point in points)
        {
            Watch.ObservePosition(mmsi, point, classB: false);
        }
    }

    /// <summary>Feeds several vessels' points merged in time order, as a receiver would deliver them.</summary>
    public void FeedMerged(params (uint Mmsi, IEnumerable<TrackPoint> Points)[] tracks)
    {
        foreach (var (mmsi, point) in tracks.SelectMany(track => track.Points.Select(point => (track.Mmsi, point))).OrderBy(item => item.point.TimeMs).ThenBy(item => item.Mmsi))
        {
            Watch.ObservePosition(mmsi, point, classB: false);
        }
    }

    public List<MaritimeAlert> Complete()
    {
        Watch.Complete();
        return Alerts;
    }

    private static Polygon Square(double lon, double lat, double half) =>
        Factory.CreatePolygon([new Coordinate(lon - half, lat - half), new Coordinate(lon + half, lat - half), new Coordinate(lon + half, lat + half), new Coordinate(lon - half, lat + half), new Coordinate(lon - half, lat - half)]);
}

/// <summary>Builds a track leg by leg by dead reckoning on the sphere.</summary>
internal sealed class TrackBuilder(double longitude, double latitude, double startMinutes = 0)
{
    private readonly List<TrackPoint> _points = [];
    private GeoPoint _at = new(latitude, longitude);
    private double _minutes = startMinutes;

    public double Longitude => _at.Longitude;

    public double Latitude => _at.Latitude;

    public double Minutes => _minutes;

    /// <summary>Sails <paramref name="minutes"/> at <paramref name="knots"/> on <paramref name="course"/>, reporting every <paramref name="everySeconds"/>.</summary>
    public TrackBuilder Leg(double minutes, double knots, double course, double everySeconds = 10, byte status = 0, Func<int, double>? heading = null)
    {
        var steps = (int)Math.Round(minutes * 60 / everySeconds);
        for (var i = 0; i < steps; i++)
        {
            _at = SphericalGeodesy.Destination(_at, course, knots * 1852.0 / 3600 * everySeconds);
            _minutes += everySeconds / 60;
            var shown = heading?.Invoke(_points.Count) ?? course;
            _points.Add(new TrackPoint(WatchHarness.T0.AddMinutes(_minutes).ToUnixTimeMilliseconds(), _at.Longitude, _at.Latitude, (float)knots, (float)course, (short)Math.Round(SphericalGeodesy.NormaliseBearing(shown)), status));
        }

        return this;
    }

    /// <summary>Moves <paramref name="minutes"/> at <paramref name="knots"/> without reporting (a silence).</summary>
    public TrackBuilder Silent(double minutes, double knots, double course)
    {
        _at = SphericalGeodesy.Destination(_at, course, knots * 1852.0 / 60 * minutes);
        _minutes += minutes;
        return this;
    }

    /// <summary>Adds one report at an arbitrary place (a spoofed position) without moving the ship.</summary>
    public TrackBuilder Report(double longitude, double latitude, double afterSeconds = 10)
    {
        _minutes += afterSeconds / 60;
        _points.Add(new TrackPoint(WatchHarness.T0.AddMinutes(_minutes).ToUnixTimeMilliseconds(), longitude, latitude, 10, 90, 90, 0));
        return this;
    }

    public IReadOnlyList<TrackPoint> Points => _points;
}
