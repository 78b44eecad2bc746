using System.Globalization;
using System.Text;
using Bolwerk.Identifiers;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Maritime.WatchLists;

/// <summary>
/// Reads a watch list from CSV: a header row with an IMO column (<c>imo</c>, <c>IMO number</c>,
/// <c>imo_number</c> …) and/or an MMSI column, optionally a name and a listing date. The separator
/// (comma, semicolon or tab) is taken from the header; the encoding is UTF-8 when the bytes are
/// valid UTF-8 and ISO-8859-1 otherwise, which is how the EU Annex XLII list is published (ISO-8859-1,
/// semicolons, CRLF, a trailing space in "IMO number "). IMO numbers must pass their check digit.
/// Any bad row stops the read with the file, line and column; nothing is half-loaded.
/// </summary>
public static class WatchListReader
{
    private static readonly string[] Delimiters = [";", "\t", ","];

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    public static WatchList Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"watch list '{path}' does not exist", path);
        }

        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a list from <paramref name="bytes"/>; <paramref name="name"/> names it in errors.</summary>
    public static WatchList Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        var text = System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : Encoding.Latin1.GetString(bytes);
        var headerEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var header = headerEnd < 0 ? text : text[..headerEnd];
        var delimiter = Delimiters.MaxBy(candidate => header.Split(candidate).Length)!;

        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = context => throw new WatchListException(name, context.Context.Parser?.RawRow ?? 0, null, $"malformed CSV field '{context.Field}'"),
        });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } headings)
        {
            throw new WatchListException(name, 1, null, "empty: expected a header row with an 'imo' or 'mmsi' column");
        }

        var imoColumn = Find(headings, key => key.StartsWith("IMO", StringComparison.Ordinal));
        var mmsiColumn = Find(headings, key => key == "MMSI");
        if (imoColumn < 0 && mmsiColumn < 0)
        {
            throw new WatchListException(name, 1, null, $"no 'imo' or 'mmsi' column in the header ({string.Join(", ", headings.Select(h => $"'{h}'"))})");
        }

        var nameColumn = Find(headings, key => key.Contains("NAME", StringComparison.Ordinal));
        var listedColumn = Find(headings, key => key.Contains("DATE", StringComparison.Ordinal) || key.Contains("LISTED", StringComparison.Ordinal));
        var entries = new List<WatchListEntry>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var imoText = Field(csv, imoColumn);
            var mmsiText = Field(csv, mmsiColumn);
            if (imoText is null && mmsiText is null)
            {
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                {
                    continue; // blank line
                }

                throw new WatchListException(name, line, null, "neither an IMO number nor an MMSI");
            }

            ImoNumber? imo = null;
            if (imoText is not null)
            {
                try
                {
                    imo = ImoNumber.Parse(imoText);
                }
                catch (FormatException e)
                {
                    throw new WatchListException(name, line, headings[imoColumn], e.Message);
                }
            }

            Mmsi? mmsi = null;
            if (mmsiText is not null)
            {
                mmsi = Mmsi.TryParse(mmsiText, out var parsed) ? parsed : throw new WatchListException(name, line, headings[mmsiColumn], $"'{mmsiText}' is not an MMSI (nine digits)");
            }

            entries.Add(new WatchListEntry(imo, mmsi, Field(csv, nameColumn), Field(csv, listedColumn), name, line));
        }

        return new WatchList(entries);
    }

    // Column index by its heading, compared in upper case without spaces, '_' or '-'.
    private static int Find(string[] headings, Func<string, bool> matches) =>
        Array.FindIndex(headings, heading => matches(new string([.. heading.ToUpperInvariant().Where(char.IsLetterOrDigit)])));

    private static string? Field(CsvReader csv, int column) =>
        column >= 0 && csv.TryGetField<string>(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim().Trim('\u00A0') : null;
}
