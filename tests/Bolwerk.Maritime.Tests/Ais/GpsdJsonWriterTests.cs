using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>The class A fast path must write the bytes a general JSON writer writes for the same fields.</summary>
public sealed class GpsdJsonWriterTests
{
    private static readonly string[] StatusTexts =
    [
        "Under way using engine", "At anchor", "Not under command", "Restricted maneuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Power-driven vessel towing astern",
        "Power-driven vessel pushing ahead or towing alongside", "Reserved", "AIS-SART is active", "Not defined",
    ];

    [Fact]
    public void PositionReportClassA_IsByteForByteTheGeneralWritersOutput()
    {
        var random = new Random(5);
        for (var i = 0; i < 5_000; i++)
        {
            var message = new PositionReportClassA(new AisHeader(random.Next(1, 4), random.Next(4), (uint)random.NextInt64(0, 1L << 30)),
                random.Next(16), random.Next(-128, 128), random.Next(1024), random.Next(2) == 1, random.Next(-(1 << 27), 1 << 27),
                random.Next(-(1 << 26), 1 << 26), random.Next(4096), random.Next(512), random.Next(64), random.Next(4), random.Next(2) == 1, random.Next(1 << 19));
            var received = random.Next(2) == 1 ? DateTimeOffset.FromUnixTimeMilliseconds(random.NextInt64(1_000_000_000_000, 2_000_000_000_000)) : (DateTimeOffset?)null;
            var device = random.Next(3) switch { 0 => null, 1 => "stdin", _ => "/data/ais \"2026\".nmea" };

            using var output = new MemoryStream();
            using (var writer = new GpsdJsonWriter(output, device))
            {
                writer.OnPositionReportClassA(new AisContext(1, received, "AI", 'A', null, false), message);
            }

            Encoding.UTF8.GetString(output.ToArray()).ShouldBe(Expected(message, device, received));
        }
    }

    private static string Expected(PositionReportClassA m, string? device, DateTimeOffset? received)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("class", "AIS");
            if (device is not null)
            {
                json.WriteString("device", device);
            }

            json.WriteNumber("type", m.Header.MessageType);
            json.WriteNumber("repeat", m.Header.Repeat);
            json.WriteNumber("mmsi", m.Header.Mmsi);
            json.WriteBoolean("scaled", false);
            if (received is { } time)
            {
                json.WriteString("received", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteNumber("status", m.Status);
            json.WriteString("status_text", StatusTexts[m.Status]);
            json.WriteNumber("turn", m.Turn);
            json.WriteNumber("speed", m.Speed);
            json.WriteBoolean("accuracy", m.Accuracy);
            json.WriteNumber("lon", m.Lon);
            json.WriteNumber("lat", m.Lat);
            json.WriteNumber("course", m.Course);
            json.WriteNumber("heading", m.Heading);
            json.WriteNumber("second", m.Second);
            json.WriteNumber("maneuver", m.Maneuver);
            json.WriteBoolean("raim", m.Raim);
            json.WriteNumber("radio", m.Radio);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
