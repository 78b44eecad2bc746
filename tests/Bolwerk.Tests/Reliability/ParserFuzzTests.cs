using System.Text;
using Bolwerk.Fuzz;
using Xunit.Abstractions;

namespace Bolwerk.Tests.Reliability;

/// <summary>
/// The bounded pass of the fuzz targets the AFL++ script runs for hours (fuzz/run-afl.sh): small
/// real inputs of each parser's kind, mutated at random (bytes replaced, inserted, deleted, spans
/// cut or repeated, structural characters and hostile numbers spliced in), for a few seconds per
/// target. The only exception a target may let out is its parser's own "bad input" error. Set
/// BOLWERK_FUZZ_SECONDS to run longer; the seed is printed so a failure can be replayed.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Splices =
    [
        "\"", "{", "}", "[", "]", ",", ":", ";", "<", ">", "</", "/>", "&", "&amp;", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "\n", "\r\n", "\0", "\u00ff", "\uFEFF",
        "-1", "0", "1e309", "-1e309", "NaN", "Infinity", "9999999999999999999999", "1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z", "0000-00-00", "null", "true", "[]", "{}",
        "\"type\":\"bundle\"", "\"id\":\"x--1\"", "\"objects\":[", "\"coordinates\":[", "\"features\":[", "<CONSOLIDATED_LIST>", "<INDIVIDUAL>", "\"urls\":[1]",
    ];

    [Theory]
    [InlineData("geojson")]
    [InlineData("sanctions")]
    [InlineData("stix")]
    [InlineData("posts")]
    [InlineData("observation")]
    public void Mutated_real_inputs_never_escape_as_anything_but_the_parsers_own_error(string name)
    {
        var seeds = Seeds(name);
        seeds.Count.ShouldBeGreaterThan(1);
        var target = FuzzTargets.All[name];
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BOLWERK_FUZZ_SECONDS"), out var s) ? s : 4;
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        foreach (var original in seeds)
        {
            Run(original); // every seed as it is, first
        }

        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            Run(Mutate(seeds[random.Next(seeds.Count)], random));
        }

        output.WriteLine($"{name}: seed {seed}, {runs} inputs in {clock.Elapsed.TotalSeconds:0.0} s");
        runs.ShouldBeGreaterThan(seeds.Count);

        void Run(byte[] input)
        {
            runs++;
            try
            {
                target(input);
            }
            catch (Exception e)
            {
                var path = Path.Combine(Path.GetTempPath(), $"bolwerk-fuzz-finding-{name}-{seed}-{runs}.bin");
                File.WriteAllBytes(path, input);
                Assert.Fail($"{name}: seed {seed}, input {runs} (saved to {path}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }

    [Fact]
    public void Every_input_a_fuzzer_once_broke_a_parser_with_is_now_refused_in_the_parsers_own_words()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz-regressions");
        var files = Directory.GetDirectories(root).SelectMany(d => Directory.GetFiles(d).Select(f => (Target: Path.GetFileName(d), File: f))).ToList();
        files.Count.ShouldBeGreaterThanOrEqualTo(27);
        foreach (var (target, file) in files)
        {
            Should.NotThrow(() => FuzzTargets.All[target](File.ReadAllBytes(file)), $"{target}: {Path.GetFileName(file)}");
        }
    }

    // Small real inputs: the linked fixtures, and slices of the large ones (a header and some rows).
    private static List<byte[]> Seeds(string name)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fuzz");
        var small = Path.Combine(root, name);
        var seeds = !Directory.Exists(small) ? [] : Directory.GetFiles(small).Where(f => !f.EndsWith(".py", StringComparison.Ordinal))
            .Select(File.ReadAllBytes).Where(b => b.Length < 64_000).ToList();
        var large = Path.Combine(root, name + "-large");
        if (Directory.Exists(large))
        {
            seeds.AddRange(Directory.GetFiles(large).Select(f => Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(f).Take(25)) + "\n")));
        }

        if (name == "posts")
        {
            seeds.Add(Encoding.UTF8.GetBytes("""
                {"id":"1","account":"a","time":"2026-10-01T00:00:00Z","text":"hallo","urls":["https://example.org/x?utm_source=y"]}
                {"id":"2","account":"b","time":"2026-10-01T00:00:05Z","sharedId":"1"}

                """));
        }

        return seeds;
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        for (var edit = random.Next(1, 5); edit > 0; edit--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Splices[random.Next(Splices.Length)]));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40)));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at); // cut short
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                    bytes.InsertRange(at, bytes.GetRange(at, length)); // a span repeated
                    break;
                default:
                    // A token replaced by a hostile one where a value stands.
                    var text = Encoding.UTF8.GetString([.. bytes]);
                    var colon = text.IndexOf(':', Math.Min(at, text.Length));
                    if (colon >= 0)
                    {
                        text = string.Concat(text.AsSpan(0, colon + 1), Splices[random.Next(Splices.Length)], text.AsSpan(colon + 1));
                    }

                    bytes = [.. Encoding.UTF8.GetBytes(text)];
                    break;
            }
        }

        return [.. bytes];
    }
}
