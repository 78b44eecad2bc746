using Bolwerk.Maritime.Ais.Nmea;
using Xunit.Abstractions;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>The canonical fast path of framing must agree with the general path on everything it accepts.</summary>
public sealed class AisSentenceParserTests(ITestOutputHelper output)
{
    [Fact]
    public void CanonicalPath_AcceptsTheCommonShapes()
    {
        Canonical("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23").ShouldBeTrue();
        Canonical("!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C").ShouldBeTrue();
        Canonical("!AIVDM,1,1,,,13HOI:0P0000VOHLCnHQKwvL05Ip,0*62").ShouldBeTrue();
    }

    [Fact]
    public void CanonicalPath_LeavesUnusualShapesToTheGeneralPath()
    {
        Canonical("!AIVDM,1,1,,AB,13HOI:0P0000VOHLCnHQKwvL05Ip,0*21").ShouldBeFalse(); // two-letter channel
        Canonical("!AIVDM,1,1,,*,13HOI:0P0000VOHLCnHQKwvL05Ip,0*09").ShouldBeFalse(); // '*' before the checksum
        Canonical("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24").ShouldBeFalse(); // wrong checksum
    }

    [Fact]
    public void CanonicalPath_AgreesWithGeneralPath_OnRealAndMutatedSentences()
    {
        var lines = AisFuzzTests.RealSentenceLines();
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var accepted = 0;
        foreach (var line in lines.Concat(Enumerable.Range(0, 100_000).Select(_ => AisFuzzTests.Mutate(lines[random.Next(lines.Length)], random))))
        {
            var bang = line.IndexOf('!', StringComparison.Ordinal);
            if (bang < 0)
            {
                continue;
            }

            var text = line.AsSpan(bang);
            if (!AisSentenceParser.TryParseCanonical(text, out var fast))
            {
                continue;
            }

            accepted++;
            var reason = AisSentenceParser.TryParseGeneral(text, out var general, out var detail);
            reason.ShouldBeNull($"seed {seed}: general path rejects '{line}' ({detail}) which the fast path accepted");
            Describe(fast).ShouldBe(Describe(general), $"seed {seed}: '{line}'");
        }

        accepted.ShouldBeGreaterThan(lines.Length / 2);
    }

    private static bool Canonical(string text) => AisSentenceParser.TryParseCanonical(text, out _);

    private static string Describe(AisSentence s) =>
        $"{s.Talker}|{s.OwnShip}|{s.FragmentCount}|{s.FragmentNumber}|{s.SequenceId}|{(int)s.Channel}|{s.Payload}|{s.FillBits}|{s.Trailer}";
}
