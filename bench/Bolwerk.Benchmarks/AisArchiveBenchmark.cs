using System.Text;
using BenchmarkDotNet.Attributes;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Benchmarks;

/// <summary>
/// The real mix, per line: every sentence of the AIS fixture feeds (position reports, type 5 pairs,
/// tag blocks, binary messages, errors) held in memory and run through the stages of
/// <c>bolwerk ais decode</c>: reading lines only, framing only (no message type wanted), full
/// decode into a handler that ignores everything, and decode plus gpsd JSON. Complements the
/// single-sentence <see cref="AisDecodeBenchmark"/>; the whole-process comparison is
/// bench/ais-vs-gpsdecode.sh.
/// </summary>
public class AisArchiveBenchmark
{
    private const int Lines = 100_000;
    private static readonly HashSet<int> NoType = [];
    private byte[] _archive = [];

    [Params("read", "frame", "decode", "json")]
    public string Stage { get; set; } = "json";

    [GlobalSetup]
    public void Setup()
    {
        var fixtures = Path.Combine(RepositoryRoot(), "tests", "Bolwerk.Maritime.Tests", "Fixtures", "ais");
        var lines = Directory.GetFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".aivdm" or ".log" or ".txt" or ".nm4" or ".nmea" or ".ais")
            .SelectMany(path => File.ReadAllLines(path, Encoding.Latin1))
            .Where(line => line.Contains("VDM", StringComparison.Ordinal) || line.Contains("VDO", StringComparison.Ordinal))
            .ToList();
        // The fixture sentences repeated to exactly Lines lines, so the reported mean is per line.
        _archive = Encoding.Latin1.GetBytes(string.Join('\n', Enumerable.Range(0, Lines).Select(i => lines[i % lines.Count])) + "\n");
    }

    /// <summary>One pass over the archive; the mean is reported per line.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public long DecodeArchive()
    {
        using var json = new GpsdJsonWriter(Stream.Null, "stdin");
        AisMessageHandler handler = Stage == "json" ? json : new Ignore();
        var decoder = new AisStreamDecoder(handler) { MessageTypes = Stage == "frame" ? NoType : null };
        long count = 0;
        AsciiLineReader.ReadLines(new MemoryStream(_archive, writable: false), line =>
        {
            count++;
            if (Stage != "read")
            {
                decoder.DecodeLine(line);
            }

            return true;
        });
        decoder.Complete();
        return count + json.Written;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bolwerk.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }

    private sealed class Ignore : AisMessageHandler;
}
