using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bolwerk.Maritime.Ais.Dma;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// Writes DMA CSV rows as JSON lines, one object per row with <c>"class":"DMA"</c>. The values
/// are DMA's, already scaled (degrees, knots, metres), under gpsd's field names where one
/// exists (mmsi, lat, lon, speed→sog, course→cog, heading, shipname, callsign, imo, destination,
/// to_bow …); empty and "Unknown" fields are omitted.
/// </summary>
public sealed class DmaJsonWriter(Stream output) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });

    /// <summary>Writes one row.</summary>
    public void Write(DmaAisRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _json.WriteStartObject();
        _json.WriteString("class"u8, "DMA"u8);
        _json.WriteString("timestamp"u8, row.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        _json.WriteString("type_of_mobile"u8, row.TypeOfMobile);
        _json.WriteNumber("mmsi"u8, row.Mmsi);
        Number("lat"u8, row.Latitude);
        Number("lon"u8, row.Longitude);
        Text("status_text"u8, row.NavigationalStatus);
        Number("rot"u8, row.RateOfTurn);
        Number("sog"u8, row.Sog);
        Number("cog"u8, row.Cog);
        Number("heading"u8, row.Heading);
        Text("imo"u8, row.Imo);
        Text("callsign"u8, row.CallSign);
        Text("shipname"u8, row.Name);
        Text("shiptype_text"u8, row.ShipType);
        Text("cargo"u8, row.CargoType);
        Number("width"u8, row.Width);
        Number("length"u8, row.Length);
        Text("epfd_text"u8, row.PositionFixingDevice);
        Number("draught"u8, row.Draught);
        Text("destination"u8, row.Destination);
        if (row.Eta is { } eta)
        {
            _json.WriteString("eta"u8, eta.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        Text("source_type"u8, row.DataSourceType);
        Number("to_bow"u8, row.ToBow);
        Number("to_stern"u8, row.ToStern);
        Number("to_starboard"u8, row.ToStarboard);
        Number("to_port"u8, row.ToPort);
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        _json.Reset();
    }

    /// <inheritdoc/>
    public void Dispose() => _json.Dispose();

    private void Number(ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v)
        {
            _json.WriteNumber(name, v);
        }
    }

    private void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }
}
