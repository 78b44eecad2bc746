using System.Text;
using System.Text.Json;

namespace Bolwerk.Core.Tests.Identifiers;

/// <summary>Reads the IMO numbers of the real EU and OFAC vessel lists in Fixtures/.</summary>
internal static class SanctionedVesselFixtures
{
    public static IReadOnlyList<int> EuAnnexXliiImos()
    {
        // ISO-8859-1, CRLF, ';'-separated; two names are quoted because they contain ';'.
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eu_annex_xlii_designated_vessels_2025-10-23.csv");
        var lines = File.ReadAllLines(path, Encoding.Latin1);
        return lines.Skip(1).Where(line => line.Length > 0).Select(line => int.Parse(line.Split(';')[^2].Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    public static IReadOnlyList<int> OfacSdnImos()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac_sdn_vessels_2026-03-22.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("vessels").EnumerateArray().Select(vessel => vessel.GetProperty("imo").GetInt32()).ToList();
    }
}
