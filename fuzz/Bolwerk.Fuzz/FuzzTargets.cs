using System.Text;
using Bolwerk.Information.Posts;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sharing;

namespace Bolwerk.Fuzz;

/// <summary>
/// The parsers of untrusted input, each as one fuzz target: bytes in, and the only exceptions
/// allowed out are the parser's own documented "this input is bad" errors (which name file and
/// place). Anything else — a crash, an unexpected exception type, a hang caught by the fuzzer's
/// timeout — is a finding. Shared by the AFL++ harness (Program.cs) and the bounded randomised
/// pass the test suite runs (tests/Bolwerk.Tests/Reliability/ParserFuzzTests.cs).
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets by name, as fuzz/run-afl.sh and the tests name them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["ais"] = Ais,
        ["geojson"] = GeoJson,
        ["sanctions"] = SanctionsList,
        ["stix"] = Stix,
        ["posts"] = Posts,
        ["observation"] = Observation,
    };

    /// <summary>Line reading, NMEA framing, tag blocks, reassembly, every message decoder and the gpsd JSON writer.</summary>
    public static void Ais(byte[] input)
    {
        using var writer = new GpsdJsonWriter(Stream.Null, null);
        var decoder = new AisStreamDecoder(writer);
        using var stream = new MemoryStream(input);
        AsciiLineReader.ReadLines(stream, line =>
        {
            decoder.DecodeLine(line);
            return true;
        });
        decoder.Complete();
    }

    /// <summary>A message of the partitioned AIS stream, as a worker decodes it (a stream is shared with other deployments' publishers).</summary>
    public static void Observation(byte[] input)
    {
        try
        {
            ObservationCodec.Decode(input);
        }
        catch (FormatException)
        {
            // The codec's own "not an observation" error, naming the offset.
        }
    }

    /// <summary>An infrastructure layer: GeoJSON FeatureCollection, Feature or geometry.</summary>
    public static void GeoJson(byte[] input)
    {
        try
        {
            using var stream = new MemoryStream(input);
            _ = AssetLayerReader.Read(stream, "fuzz.geojson");
        }
        catch (AssetLayerException)
        {
        }
    }

    /// <summary>A sanctions list file of any format (recognised from its content, as on import).</summary>
    public static void SanctionsList(byte[] input) => WithFile(input, ".list", path =>
    {
        try
        {
            _ = SanctionsListFile.Read(path);
        }
        catch (SanctionsListException)
        {
        }
    });

    /// <summary>A STIX bundle or TAXII envelope, read and normalised as on import, then filtered for a GREEN recipient as on every TAXII read.</summary>
    public static void Stix(byte[] input)
    {
        try
        {
            var imported = StixImport.Normalise(StixBundleReader.Parse(Encoding.UTF8.GetString(input), "fuzz.json"));
            _ = RecipientFilter.Apply(imported.Objects, Bolwerk.Marking.Tlp.Green);
        }
        catch (StixFormatException)
        {
        }
    }

    /// <summary>Collected posts (JSON lines or any CSV the detector reads), rows checked strictly and leniently.</summary>
    public static void Posts(byte[] input) => WithFile(input, ".csv", path =>
    {
        try
        {
            _ = PostReader.Read(path, strict: false);
            _ = PostReader.Read(path, strict: true);
        }
        catch (PostFileException)
        {
        }
    });

    // The list and post readers take files (as the CLI and the import endpoint give them).
    private static void WithFile(byte[] input, string extension, Action<string> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bolwerk-fuzz-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}{extension}");
        File.WriteAllBytes(path, input);
        try
        {
            read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
