using System.Globalization;
using Bolwerk.Maritime.Ais.Decoding;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Maritime.Ais.Dma;

/// <summary>
/// Reads the Danish Maritime Authority AIS CSV layout (header <c># Timestamp,Type of mobile,MMSI,…</c>,
/// dates DD/MM/YYYY HH:mm:ss UTC). Columns are found by header name, so reordered or extra
/// columns are fine. A bad row becomes an <see cref="AisError"/> naming the line and the field;
/// reading goes on.
/// </summary>
public static class DmaCsvReader
{
    /// <summary>The start of the header line that identifies the layout.</summary>
    public const string HeaderStart = "# Timestamp";

    private static readonly string[] DateFormats = ["dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "dd/MM/yyyy HH:mm"];

    /// <summary>True when <paramref name="firstLine"/> is a DMA header.</summary>
    public static bool IsDmaHeader(string? firstLine) => firstLine?.TrimStart('\uFEFF').StartsWith(HeaderStart, StringComparison.Ordinal) == true;

    /// <summary>Reads every row; rows are passed to <paramref name="onRecord"/>, faults to <paramref name="onError"/>.</summary>
    public static void Read(TextReader reader, Action<DmaAisRecord> onRecord, Action<AisError> onError)
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        ArgumentNullException.ThrowIfNull(onError);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null };
        using var parser = new CsvParser(reader, configuration);
        Dictionary<string, int>? columns = null;
        while (parser.Read())
        {
            var line = parser.Row;
            var fields = parser.Record ?? [];
            if (columns is null)
            {
                if (fields.Length == 0 || !IsDmaHeader(fields[0]))
                {
                    onError(new AisError(AisErrorReason.BadCsvRow, line, $"expected a header starting '{HeaderStart}'"));
                    return;
                }

                columns = fields.Select((name, i) => (Name: name.TrimStart('\uFEFF', '#', ' ').Trim(), i))
                    .ToDictionary(c => c.Name, c => c.i, StringComparer.OrdinalIgnoreCase);
                continue;
            }

            var row = new Row(fields, columns, line);
            if (row.Parse() is { } record)
            {
                onRecord(record);
            }
            else
            {
                onError(new AisError(AisErrorReason.BadCsvRow, line, row.Problem!));
            }
        }
    }

    private sealed class Row(string[] fields, Dictionary<string, int> columns, long line)
    {
        public string? Problem { get; private set; }

        public DmaAisRecord? Parse()
        {
            var timestampText = Text("Timestamp");
            if (timestampText is null || !DateTimeOffset.TryParseExact(timestampText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
            {
                return Fail("Timestamp", timestampText, "a date DD/MM/YYYY HH:mm:ss");
            }

            var mmsiText = Text("MMSI");
            if (!uint.TryParse(mmsiText, NumberStyles.None, CultureInfo.InvariantCulture, out var mmsi))
            {
                return Fail("MMSI", mmsiText, "a whole number");
            }

            var latitude = Number("Latitude");
            var longitude = Number("Longitude");
            var record = new DmaAisRecord(
                line, timestamp, Text("Type of mobile") ?? "", mmsi,
                latitude is > 90 or < -90 ? null : latitude, longitude is > 180 or < -180 ? null : longitude,
                Text("Navigational status"), Number("ROT"), Number("SOG"), Number("COG"), (int?)Number("Heading"),
                Text("IMO"), Text("Callsign"), Text("Name"), Text("Ship type"), Text("Cargo type"), Number("Width"), Number("Length"),
                Text("Type of position fixing device"), Number("Draught"), Text("Destination"), Date("ETA"), Text("Data source type"),
                Number("A"), Number("B"), Number("C"), Number("D"));
            return Problem is null ? record : null;
        }

        private string? Text(string column)
        {
            if (!columns.TryGetValue(column, out var index) || index >= fields.Length)
            {
                return null;
            }

            var value = fields[index].Trim();
            return value.Length == 0 || value is "Unknown" or "Undefined" ? null : value;
        }

        private double? Number(string column)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            // DMA's documentation shows decimal commas; its files use points. Accept both.
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            Fail(column, text, "a number");
            return null;
        }

        private DateTimeOffset? Date(string column)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                return value;
            }

            Fail(column, text, "a date DD/MM/YYYY HH:mm:ss");
            return null;
        }

        private DmaAisRecord? Fail(string column, string? value, string expected)
        {
            Problem ??= $"field '{column}' is '{value}', expected {expected}";
            return null;
        }
    }
}
