using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Time;

namespace Bolwerk.Testing;

/// <summary>Realistic alerts for storage and API tests.</summary>
public static class SampleAlerts
{
    /// <summary>A slow transit over a cable, keyed by vessel and start minute so each index gives a distinct alert.</summary>
    public static Alert SlowTransit(int index, Tlp tlp = Tlp.Amber)
    {
        var start = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero).AddMinutes(index);
        var mmsi = (244_000_000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var evidence = new Evidence(
            Kind: "track-slice",
            Summary: $"MMSI {mmsi} at 2.1 kn within 400 m of the cable for 34 minutes",
            Source: "AIS terrestrial feed",
            Grade: AdmiraltyGrade.Parse("B2"),
            CollectedAt: start,
            Facts: new Dictionary<string, string> { ["min_distance_m"] = "380", ["mean_sog_kn"] = "2.1" },
            Reference: $"ais:mmsi/{mmsi}");
        return new Alert(
            IngestKey: IngestKeys.From("cable-slow-transit", mmsi, start.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            Kind: "maritime.cable-slow-transit",
            Title: $"Slow transit over cable by {mmsi}",
            Severity: AlertSeverity.High,
            Observed: new TimeRange(start, start.AddMinutes(34)),
            Location: new GeoPoint(52.5 + (index * 0.001), 3.9),
            Subject: $"mmsi:{mmsi}",
            Detector: "cable-slow-transit/1",
            Tlp: tlp,
            Evidence: [evidence]);
    }
}
