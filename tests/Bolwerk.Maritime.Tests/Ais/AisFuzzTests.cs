using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;
using Xunit.Abstractions;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// A bounded in-process fuzzing pass over framing, tag blocks, reassembly and payload decoding:
/// real sentences from the fixtures, mutated (characters replaced, inserted, deleted; lines cut;
/// delimiters injected; checksums recomputed so mutations reach the payload decoder), must never
/// throw. Set BOLWERK_FUZZ_LINES to run longer, e.g. 50000000 (docs/ais.md).
/// </summary>
public sealed class AisFuzzTests(ITestOutputHelper output)
{
    private const string Alphabet = "!\\$*,:-0123456789ABCDEFGHIJKLMNOPQRSTUVWabcdefghijklmnopqrstuvw`@^~ \t\r\u00ff";

    [Fact]
    public void DecodeLine_MutatedRealSentences_NeverThrows()
    {
        var lines = RealSentenceLines();
        var count = int.TryParse(Environment.GetEnvironmentVariable("BOLWERK_FUZZ_LINES"), out var n) ? n : 200_000;
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}, {count} mutated lines from {lines.Length} real sentences");
        var random = new Random(seed);
        var statistics = new AisStatistics();
        using var sink = new GpsdJsonWriter(Stream.Null, null);
        var decoder = new AisStreamDecoder(new AisHandlerPair(sink, statistics));

        for (var i = 0; i < count; i++)
        {
            var line = Mutate(lines[random.Next(lines.Length)], random);
            try
            {
                decoder.DecodeLine(line);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, line {i}: {e.GetType().Name} on '{line}': {e}");
            }
        }

        decoder.Complete();
        output.WriteLine($"{statistics.Messages} messages, {statistics.Errors} errors");
        (statistics.Messages + statistics.Errors).ShouldBeGreaterThan(count / 2, "most mutated lines still reach the decoder or an error");
    }

    /// <summary>Every line of the fixture feeds that holds a VDM or VDO sentence.</summary>
    internal static string[] RealSentenceLines() =>
        Directory.GetFiles(AisFixtures.PathOf(""), "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".json", StringComparison.Ordinal) && !path.EndsWith(".md", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("LICENSE", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("COPYING", StringComparison.Ordinal))
            .SelectMany(path => File.ReadAllLines(path, Encoding.Latin1))
            .Where(line => line.Contains("VDM", StringComparison.Ordinal) || line.Contains("VDO", StringComparison.Ordinal))
            .ToArray();

    /// <summary>One to three random edits of a line; half the time with its checksum made valid again.</summary>
    internal static string Mutate(string line, Random random)
    {
        var chars = new StringBuilder(line);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && chars.Length > 0; e++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    chars.Remove(at, 1);
                    break;
                case 3:
                    chars.Length = at;
                    break;
                default:
                    chars.Insert(at, new string(',', random.Next(1, 4)));
                    break;
            }
        }

        var mutated = chars.ToString();
        return random.Next(2) == 0 ? WithValidChecksum(mutated) : mutated;
    }

    // Recomputing the checksum lets mutations past framing into reassembly and payload decoding.
    private static string WithValidChecksum(string line)
    {
        var bang = line.IndexOf('!', StringComparison.Ordinal);
        var star = line.LastIndexOf('*');
        if (bang < 0 || star <= bang)
        {
            return line;
        }

        var sum = 0;
        foreach (var c in line.AsSpan(bang + 1, star - bang - 1))
        {
            sum ^= c;
        }

        return string.Concat(line.AsSpan(0, star + 1), (sum & 0xFF).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
    }
}
