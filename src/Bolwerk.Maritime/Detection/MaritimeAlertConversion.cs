using System.Globalization;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Time;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// A maritime alert as the platform stores and shares alerts: the ingest key is derived from what
/// the episode is (kind, vessels, start, asset), so ingesting the same archive twice stores it once.
/// </summary>
public static class MaritimeAlertConversion
{
    /// <summary>AIS from a shore network: a usually reliable source (B) of probably true information (2).</summary>
    public static AdmiraltyGrade AisGrade { get; } = AdmiraltyGrade.Parse("B2");

    /// <summary>Converts <paramref name="alert"/> under marking <paramref name="tlp"/>.</summary>
    public static Alert ToAlert(MaritimeAlert alert, Tlp tlp)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var c = CultureInfo.InvariantCulture;
        // The explanation separates two identity findings about one vessel at one moment (a bad IMO and a name flip).
        var key = IngestKeys.From("maritime", alert.Kind, alert.Mmsi.ToString(c), alert.OtherMmsi?.ToString(c) ?? "-", alert.Start.ToUnixTimeMilliseconds().ToString(c), alert.AssetId ?? "-", alert.Explanation);
        var where = alert.Evidence.Count > 0 ? alert.Evidence[alert.Evidence.Count / 2] : default;
        GeoPoint? location = alert.Evidence.Count > 0 && GeoPoint.TryCreate(where.Latitude, where.Longitude, out var point) ? point : null;
        var facts = new Dictionary<string, string>
        {
            ["score"] = alert.Score.ToString("0.###", c),
            ["mmsi"] = alert.Mmsi.ToString("D9", c),
            ["track"] = string.Join(";", alert.Evidence.Select(p => string.Create(c, $"{p.Time:yyyy-MM-ddTHH:mm:ssZ},{p.Longitude:0.######},{p.Latitude:0.######},{(p.HasSpeed ? p.SpeedKnots.ToString("0.0", c) : "")}"))),
        };
        foreach (var (name, value) in alert.Thresholds)
        {
            facts["threshold." + name] = value.ToString(c);
        }

        if (alert.OtherMmsi is { } other)
        {
            facts["otherMmsi"] = other.ToString("D9", c);
        }

        if (alert.AssetId is { } assetId)
        {
            facts["assetId"] = assetId;
        }

        var evidence = new Evidence("ais-track", alert.Explanation, "AIS (shore network), Bolwerk maritime watch", AisGrade, alert.End, facts);
        var place = (alert.AssetName ?? alert.AssetId) is { } asset ? " at " + asset : string.Empty;
        var title = $"{alert.Kind}: {alert.VesselName ?? alert.Mmsi.ToString("D9", c)}{place}";
        return new Alert(key, "maritime." + alert.Kind, title, Severity(alert), new TimeRange(alert.Start, alert.End), location,
            "mmsi:" + alert.Mmsi.ToString("D9", c), "maritime-watch/" + alert.Kind, tlp, [evidence]);
    }

    // Score bands; an asset involved or a watch-listed vessel pushes the score up already.
    private static AlertSeverity Severity(MaritimeAlert alert) => alert.Score switch
    {
        >= 0.85 => AlertSeverity.Critical,
        >= 0.7 => AlertSeverity.High,
        >= 0.5 => AlertSeverity.Medium,
        _ => AlertSeverity.Low,
    };
}
