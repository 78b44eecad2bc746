using System.Text.Json;
using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// Lines gpsd's output up with Bolwerk's and compares them field by field. Alignment is by
/// (type, mmsi) in order, so a message one side drops shows as missing or extra instead of
/// shifting every later comparison.
/// </summary>
internal sealed class GpsdComparison
{
    private const int Window = 8;

    public List<string> Mismatches { get; } = [];

    public List<JsonElement> Missing { get; } = [];

    public List<JsonElement> Extra { get; } = [];

    /// <summary>Positions (in Bolwerk's output) of <see cref="Extra"/>, to look up each one's context.</summary>
    public List<int> ExtraIndices { get; } = [];

    public int Matched { get; private set; }

    /// <summary>gpsd decoded a binary application payload into fields Bolwerk keeps as "data" bits.</summary>
    public List<JsonElement> ApplicationDecodedByGpsdOnly { get; } = [];

    /// <summary>Type 24 part A and unpaired part B records, which gpsd 3.22 does not emit.</summary>
    public List<JsonElement> Type24Parts { get; } = [];

    /// <summary>
    /// Compares and asserts agreement: no differing field, no gpsd message missing, and every
    /// message only Bolwerk emits explained by <see cref="ExplainExtra"/>.
    /// </summary>
    public static GpsdComparison AssertAgreement(IReadOnlyList<JsonElement> gpsd, string inputText, Action<string> log)
    {
        var (ours, contexts, errors) = AisFixtures.DecodeWithContexts(inputText);
        var comparison = Compare(gpsd, ours);
        log(comparison.Describe());
        foreach (var error in errors)
        {
            log($"line {error.LineNumber}: {error.Reason}: {error.Detail}");
        }

        comparison.Mismatches.ShouldBeEmpty(comparison.Describe());
        comparison.Missing.ShouldBeEmpty(comparison.Describe());
        var lines = inputText.Split('\n').Length;
        comparison.ExtraIndices
            .Where(i => ExplainExtra(ours[i], contexts[i], lines, inputText.EndsWith('\n')) is null)
            .Select(i => ours[i].GetRawText())
            .ShouldBeEmpty(comparison.Describe());
        return comparison;
    }

    public static GpsdComparison Compare(IReadOnlyList<JsonElement> gpsd, IReadOnlyList<JsonElement> allOurs)
    {
        var comparison = new GpsdComparison();
        comparison.Type24Parts.AddRange(allOurs.Where(IsType24Part));
        var indices = Enumerable.Range(0, allOurs.Count).Where(i => !IsType24Part(allOurs[i])).ToList();
        var ours = indices.Select(i => allOurs[i]).ToList();
        var next = 0;
        foreach (var expected in gpsd)
        {
            // The first candidate with the same key, unless a later one agrees field by field
            // (when gpsd drops one of several similar messages, e.g. two FI 11 reports in a row).
            var candidates = Enumerable.Range(next, Math.Max(0, Math.Min(ours.Count, next + Window) - next)).Where(i => Key(ours[i]) == Key(expected)).ToList();
            var found = candidates.Count == 0 ? -1 : candidates.FirstOrDefault(i => AgreesFully(expected, ours[i]), candidates[0]);

            if (found < 0)
            {
                comparison.Missing.Add(expected);
                continue;
            }

            comparison.Extra.AddRange(ours.Skip(next).Take(found - next));
            comparison.ExtraIndices.AddRange(indices.Skip(next).Take(found - next));
            next = found + 1;
            comparison.CompareFields(expected, ours[found]);
        }

        comparison.Extra.AddRange(ours.Skip(next));
        comparison.ExtraIndices.AddRange(indices.Skip(next));
        return comparison;
    }

    public string Describe() =>
        $"matched {Matched}, mismatched {Mismatches.Count}, missing {Missing.Count}, extra {Extra.Count}, type 24 parts {Type24Parts.Count}, application payloads gpsd decodes and we keep as bits {ApplicationDecodedByGpsdOnly.Count}\n"
        + string.Join('\n', Mismatches.Take(10))
        + (Missing.Count > 0 ? "\nmissing: " + string.Join('\n', Missing.Take(5).Select(m => m.GetRawText())) : "")
        + (Extra.Count > 0 ? "\nextra: " + string.Join('\n', Extra.Take(5).Select(m => m.GetRawText())) : "")
        + (ApplicationDecodedByGpsdOnly.Count > 0 ? "\nkept as bits: " + string.Join('\n', ApplicationDecodedByGpsdOnly.Take(5).Select(m => m.GetRawText())) : "");

    /// <summary>The talkers gpsd 3.22's packet lexer accepts for AIVDM; others it drops.</summary>
    private static readonly HashSet<string> GpsdTalkers = ["AI", "AB", "AD", "AN", "AR", "AS", "AT", "AX", "BS", "SA"];

    /// <summary>
    /// Why gpsd has no counterpart for a message Bolwerk decoded, or null when there is no
    /// documented reason (docs/ais.md lists these; each has its own unit test in
    /// <see cref="AisStreamDecoderTests"/>).
    /// </summary>
    public static string? ExplainExtra(JsonElement message, AisContext context, int totalLines, bool endsWithNewline) =>
        !GpsdTalkers.Contains(context.Talker) ? $"talker {context.Talker} unknown to gpsd"
        : context.LineNumber == totalLines && !endsWithNewline ? "last line has no newline; gpsdecode ignores it"
        : message.GetProperty("type").GetInt32() is 6 or 8 ? "binary message gpsd drops in an application-specific length check"
        : message.GetProperty("type").GetInt32() == 24 ? "part B merged with a part A that gpsd's eight-entry queue had forgotten"
        : null;

    private static bool IsType24Part(JsonElement message) =>
        message.GetProperty("type").GetInt32() == 24 && message.TryGetProperty("part", out _);

    /// <summary>The documented differences from gpsd (docs/ais.md, "Where Bolwerk differs from gpsd").</summary>
    private static bool KnownDivergence(int type, string field, JsonElement gpsd, JsonElement ours, JsonElement gpsdMessage) => field switch
    {
        // Binary payloads: gpsd copies whole bytes, so bits after the payload's end leak into the
        // last hex digit; Bolwerk zero-pads. Equal when the bit count and the payload bits agree.
        "data" => SamePayloadBits(gpsd.GetString()!, ours.GetString()!),
        // Tidal windows: gpsd also decodes a window the payload is too short to hold (reading past
        // its end); Bolwerk decodes whole windows only. Equal when ours are a prefix of gpsd's.
        "tidals" => ours.GetArrayLength() < gpsd.GetArrayLength()
            && ours.EnumerateArray().Zip(gpsd.EnumerateArray()).All(pair => JsonElement.DeepEquals(pair.First, pair.Second)),
        // gpsd never decodes the communication state at the end of type 26 and prints 0.
        "radio" => type == 26 && gpsd.GetInt32() == 0,
        // gpsd 3.22's navigation status legends predate ITU-R M.1371-5 for codes 3, 11-14.
        "status_text" => gpsdMessage.GetProperty("status").GetInt32() switch
        {
            3 => gpsd.GetString() == "Restricted manoeuverability",
            >= 11 and <= 14 => gpsd.GetString() == "Reserved",
            _ => false,
        },
        // Inland ERI ship types gpsd's table lacks (e.g. 8400-8490, 1500, 1850) or truncates ("…gas barg").
        "shiptype_text" when type == 8 => gpsd.GetString() == "Illegal ship type value." || ours.GetString()!.StartsWith(gpsd.GetString()!, StringComparison.Ordinal),
        // gpsd 3.22 names EPFD codes 0-8 only; ITU-R M.1371-5 reserves 9-14 and defines 15 as internal GNSS.
        "epfd_text" => gpsdMessage.GetProperty("epfd").GetInt32() >= 9 && gpsd.GetString() == "INVALID EPFD",
        _ => false,
    };

    private static bool SamePayloadBits(string gpsd, string ours)
    {
        var (gpsdBits, gpsdHex) = SplitPayload(gpsd);
        var (ourBits, ourHex) = SplitPayload(ours);
        if (gpsdBits != ourBits || gpsdHex.Length != ourHex.Length)
        {
            return false;
        }

        var gpsdBytes = Convert.FromHexString(gpsdHex);
        var ourBytes = Convert.FromHexString(ourHex);
        for (var bit = 0; bit < gpsdBits; bit++)
        {
            var mask = 0x80 >> (bit & 7);
            if ((gpsdBytes[bit >> 3] & mask) != (ourBytes[bit >> 3] & mask))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Bits, string Hex) SplitPayload(string data)
    {
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        return (int.Parse(data.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture), data[(colon + 1)..]);
    }

    // Binary messages also by DAC and FI, so a dropped one does not pair its neighbours wrongly.
    private static (int Type, uint Mmsi, int Dac, int Fid) Key(JsonElement message) =>
        (message.GetProperty("type").GetInt32(), message.GetProperty("mmsi").GetUInt32(),
         message.TryGetProperty("dac", out var dac) ? dac.GetInt32() : -1, message.TryGetProperty("fid", out var fid) ? fid.GetInt32() : -1);

    private static bool AgreesFully(JsonElement expected, JsonElement actual) =>
        expected.EnumerateObject().All(p => p.NameEquals("device") || (actual.TryGetProperty(p.Name, out var v) && JsonElement.DeepEquals(p.Value, v)));

    private void CompareFields(JsonElement expected, JsonElement actual)
    {
        var type = expected.GetProperty("type").GetInt32();
        if (type is 6 or 8 && !expected.TryGetProperty("data", out _) && actual.TryGetProperty("data", out _))
        {
            ApplicationDecodedByGpsdOnly.Add(expected);
            return;
        }

        var problems = new List<string>();
        foreach (var property in expected.EnumerateObject())
        {
            if (property.NameEquals("device"))
            {
                continue;
            }

            if (!actual.TryGetProperty(property.Name, out var value))
            {
                problems.Add($"{property.Name}: missing (gpsd {property.Value.GetRawText()})");
            }
            else if (!JsonElement.DeepEquals(property.Value, value) && !KnownDivergence(type, property.Name, property.Value, value, expected))
            {
                problems.Add($"{property.Name}: ours {value.GetRawText()}, gpsd {property.Value.GetRawText()}");
            }
        }

        if (problems.Count == 0)
        {
            Matched++;
        }
        else
        {
            Mismatches.Add($"type {type} mmsi {expected.GetProperty("mmsi")}: {string.Join("; ", problems)}");
        }
    }
}
