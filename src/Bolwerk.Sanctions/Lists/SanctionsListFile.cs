using System.Text;
using System.Text.RegularExpressions;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Lists;

/// <summary>
/// Reads a sanctions list file of any supported format, recognised from its first bytes rather
/// than its name: the XML root element, the JSON shape, or the CSV header and first row.
/// </summary>
public static partial class SanctionsListFile
{
    private const int SniffBytes = 4096;

    /// <summary>The format of the file at <paramref name="path"/>.</summary>
    public static ListFormat Detect(string path)
    {
        var head = Head(path);
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            return head.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal) ? ListFormat.UnConsolidatedXml
                : head.Contains("<sdnList", StringComparison.Ordinal) ? ListFormat.OfacSdnXml
                : head.Contains("http://eu.europa.ec/fpi/fsd/export", StringComparison.Ordinal) ? ListFormat.EuFsfXml
                : head.Contains("<Designations", StringComparison.Ordinal) ? ListFormat.UkSanctionsXml
                : ListFormat.Unknown;
        }

        if (text.StartsWith('{'))
        {
            return head.Contains("\"schema\"", StringComparison.Ordinal) && head.Contains("\"properties\"", StringComparison.Ordinal)
                ? ListFormat.FtmJsonLines
                : ListFormat.Unknown;
        }

        var firstLine = text.Split('\n', 2)[0];
        if (firstLine.Contains(';', StringComparison.Ordinal) && firstLine.Contains("IMO", StringComparison.OrdinalIgnoreCase))
        {
            return ListFormat.EuAnnexXliiCsv;
        }

        return OfacRow().IsMatch(firstLine) ? ListFormat.OfacLegacyCsv : ListFormat.Unknown;
    }

    /// <summary>Reads the entities of the list at <paramref name="path"/>, whatever its format.</summary>
    /// <exception cref="SanctionsListException">The format is not recognised or the file is malformed (file, place and problem named).</exception>
    public static IReadOnlyList<SanctionedEntity> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"sanctions list '{path}' does not exist", path);
        }

        return Detect(path) switch
        {
            ListFormat.UnConsolidatedXml => UnConsolidatedListReader.Read(path),
            ListFormat.OfacLegacyCsv => OfacSdnCsvReader.Read(path),
            ListFormat.EuAnnexXliiCsv => EuAnnexXliiReader.Read(path).Vessels,
            ListFormat.OfacSdnXml => OfacSdnXmlReader.Read(path),
            ListFormat.EuFsfXml => EuFsfXmlReader.Read(path),
            ListFormat.UkSanctionsXml => UkSanctionsListReader.Read(path),
            ListFormat.FtmJsonLines => FtmJsonLinesReader.Read(path),
            _ => throw new SanctionsListException(path, "start of file",
                "not a sanctions list format Bolwerk reads (UN consolidated XML, OFAC SDN XML or legacy CSV, EU FSF XML, EU Annex XLII CSV, UK Sanctions List XML, FtM JSON lines)"),
        };
    }

    private static string Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[SniffBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        // Latin-1 decodes any byte: enough to see markers that are plain ASCII in every format.
        return Encoding.Latin1.GetString(buffer, 0, read);
    }

    // OFAC legacy CSV: an entry number, then the quoted name ("36,"AEROCARIBBEAN AIRLINES",…).
    [GeneratedRegex("""^\d+,"[^"]*",""")]
    private static partial Regex OfacRow();
}
