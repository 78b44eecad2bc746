using System.Text.Json;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// The JSON shape of an alert, as `bolwerk maritime detect --format jsonl` writes it and the API
/// serves it: the contract's fields (kind, mmsi, otherMmsi, start, end, assetId, score,
/// explanation) first, then the thresholds and the evidence track.
/// </summary>
public static class MaritimeAlertJson
{
    /// <summary>Writes <paramref name="alert"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, MaritimeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(alert);
        writer.WriteStartObject();
        writer.WriteString("kind", alert.Kind);
        writer.WriteNumber("mmsi", alert.Mmsi);
        if (alert.OtherMmsi is { } other)
        {
            writer.WriteNumber("otherMmsi", other);
        }

        writer.WriteString("start", Iso(alert.Start));
        writer.WriteString("end", Iso(alert.End));
        if (alert.AssetId is { } assetId)
        {
            writer.WriteString("assetId", assetId);
        }

        if (alert.AssetName is { } assetName)
        {
            writer.WriteString("assetName", assetName);
        }

        writer.WriteNumber("score", alert.Score);
        writer.WriteString("explanation", alert.Explanation);
        if (alert.VesselName is { } name)
        {
            writer.WriteString("vesselName", name);
        }

        if (alert.Imo is { } imo)
        {
            writer.WriteNumber("imo", imo);
        }

        writer.WriteStartObject("thresholds");
        foreach (var (key, value) in alert.Thresholds)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("evidence");
        foreach (var point in alert.Evidence)
        {
            WritePoint(writer, point);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><paramref name="alert"/> as one line of JSON (no newline).</summary>
    public static string ToJsonLine(MaritimeAlert alert)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, alert);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WritePoint(Utf8JsonWriter writer, in TrackPoint point)
    {
        writer.WriteStartObject();
        writer.WriteString("time", Iso(point.Time));
        writer.WriteNumber("lon", Math.Round(point.Longitude, 6));
        writer.WriteNumber("lat", Math.Round(point.Latitude, 6));
        if (point.HasSpeed)
        {
            writer.WriteNumber("sog", Math.Round(point.SpeedKnots, 1));
        }

        if (!float.IsNaN(point.CourseDegrees))
        {
            writer.WriteNumber("cog", Math.Round(point.CourseDegrees, 1));
        }

        if (point.Heading >= 0)
        {
            writer.WriteNumber("heading", point.Heading);
        }

        writer.WriteNumber("status", point.Status);
        writer.WriteEndObject();
    }

    // Second precision unless the input had milliseconds; always UTC with Z.
    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString(time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
