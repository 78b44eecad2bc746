using System.Globalization;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Detection;

/// <summary>What every detector shares: thresholds, the layers, the watch list and where alerts go.</summary>
internal sealed class DetectorContext(DetectionOptions options, AssetProximity proximity, WatchList? watchList, Action<MaritimeAlert> sink)
{
    private readonly Dictionary<string, int> _raised = new(StringComparer.Ordinal);

    public DetectionOptions Options { get; } = options;

    public AssetProximity Proximity { get; } = proximity;

    public WatchList? WatchList { get; } = watchList;

    /// <summary>Watch-list entries matched per MMSI (by MMSI or by a reported IMO).</summary>
    public Dictionary<uint, WatchListEntry> WatchListed { get; } = [];

    /// <summary>Alerts raised so far, per kind.</summary>
    public IReadOnlyDictionary<string, int> Raised => _raised;

    public bool IsWatchListed(VesselState vessel) => WatchListed.ContainsKey(vessel.Mmsi);

    public void Raise(MaritimeAlert alert)
    {
        _raised[alert.Kind] = _raised.GetValueOrDefault(alert.Kind) + 1;
        sink(alert);
    }

    /// <summary>An alert about <paramref name="vessel"/> with its current name and IMO filled in.</summary>
    public static MaritimeAlert Alert(string kind, VesselState vessel, long startMs, long endMs, double score, string explanation) => new()
    {
        Kind = kind,
        Mmsi = vessel.Mmsi,
        Start = DateTimeOffset.FromUnixTimeMilliseconds(startMs),
        End = DateTimeOffset.FromUnixTimeMilliseconds(endMs),
        Score = Math.Round(Math.Clamp(score, 0, 1), 3),
        Explanation = explanation,
        VesselName = vessel.Identity.Name,
        Imo = vessel.Identity.Imo,
    };

    /// <summary>Invariant number formatting for explanations.</summary>
    public static string F(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>"2 h 05 min" style duration for explanations.</summary>
    public static string Duration(long milliseconds)
    {
        var minutes = (long)Math.Round(milliseconds / 60_000.0);
        return minutes >= 60 ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:D2} min") : string.Create(CultureInfo.InvariantCulture, $"{minutes} min");
    }

    /// <summary>Vessel described for explanations: name and type when known.</summary>
    public static string Describe(VesselState vessel)
    {
        return vessel.Identity.Name is { Length: > 0 } name
            ? string.Create(CultureInfo.InvariantCulture, $"'{name}' (MMSI {vessel.Mmsi:D9})")
            : string.Create(CultureInfo.InvariantCulture, $"MMSI {vessel.Mmsi:D9}");
    }

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.WriteAll(_raised, raised =>
        {
            writer.Write(raised.Key);
            writer.Write(raised.Value);
        });
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        _raised.Clear();
        for (var n = reader.ReadCount(minimumItemBytes: 5); n > 0; n--)
        {
            _raised[reader.ReadString()] = reader.ReadInt32();
        }
    }
}
