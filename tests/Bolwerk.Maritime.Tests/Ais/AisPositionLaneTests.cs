using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Nmea;
using Xunit.Abstractions;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>The position fast lane yields exactly what the general decoder yields, and takes every sentence it is meant for.</summary>
public sealed class AisPositionLaneTests(ITestOutputHelper output)
{
    [Fact]
    public void The_lane_decodes_a_type_1_sentence_into_its_fields()
    {
        var words = new ulong[AisPositionLane.ScratchWords];

        AisPositionLane.TryDecode("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23", words, out var report, out var sentence).ShouldBeTrue();

        report.ShouldBe(new PositionReportClassA(new AisHeader(1, 0, 227006760), 0, -128, 0, false, 78828, 29685346, 367, 511, 14, 0, false, 22136));
        sentence.Channel.ShouldBe('A');
        AisPositionLane.TryDecode("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24", words, out _, out _).ShouldBeFalse(); // checksum
        AisPositionLane.TryDecode("!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C", words, out _, out _).ShouldBeFalse(); // type 5 fragment
    }

    [Fact]
    public void The_lane_agrees_with_the_general_decoder_on_real_and_mutated_sentences()
    {
        var lines = AisFuzzTests.RealSentenceLines();
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var words = new ulong[AisPositionLane.ScratchWords];
        var general = new AisMessageDecoder();
        var (taken, eligible) = (0, 0);
        foreach (var line in lines.Concat(Enumerable.Range(0, 100_000).Select(_ => AisFuzzTests.Mutate(lines[random.Next(lines.Length)], random))))
        {
            var bang = line.IndexOf('!', StringComparison.Ordinal);
            if (bang < 0)
            {
                continue;
            }

            var text = line.AsSpan(bang);
            var laneTook = AisPositionLane.TryDecode(text, words, out var fast, out _);

            // What the general path makes of the same sentence, when it is one whole message.
            var capture = new Capture();
            var framed = AisSentenceParser.TryParse(text, out var sentence, out _) is null && sentence.FragmentCount == 1;
            if (framed)
            {
                general.Decode(AisBits.Unpack(sentence.Payload, sentence.FillBits, new ulong[AisBits.MaxBits / 64]), default, capture);
            }

            if (laneTook)
            {
                taken++;
                capture.Reports.ShouldHaveSingleItem($"seed {seed}: '{line}'").ShouldBe(fast, $"seed {seed}: '{line}'");
            }

            if (framed && capture.Reports.Count == 1 && sentence.Payload.Length == 28 && sentence.FillBits == 0)
            {
                eligible++;
                laneTook.ShouldBeTrue($"seed {seed}: the lane left '{line}' to the general path");
            }
        }

        taken.ShouldBe(eligible);
        taken.ShouldBeGreaterThan(lines.Length / 4);
    }

    private sealed class Capture : AisMessageHandler
    {
        public List<PositionReportClassA> Reports { get; } = [];

        public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA report) => Reports.Add(report);
    }
}
