using System.Text;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Transmission;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// The product's encoder (the simulator's transmitter) against the test suite's independent
/// encoder: the same record gives the same payload, and the decoder reads it back unchanged.
/// </summary>
public sealed class AisMessageEncoderTests
{
    [Property(MaxTest = 300)]
    public Property ClassA_MatchesTheIndependentEncoder_AndDecodes() => Prop.ForAll(RoundTripPropertyTests.ClassA().ToArbitrary(), expected =>
    {
        var reference = new AisTestEncoder()
            .Unsigned(expected.Header.MessageType, 6).Unsigned(expected.Header.Repeat, 2).Unsigned(expected.Header.Mmsi, 30)
            .Unsigned(expected.Status, 4).Signed(expected.Turn, 8).Unsigned(expected.Speed, 10).Bool(expected.Accuracy)
            .Signed(expected.Lon, 28).Signed(expected.Lat, 27).Unsigned(expected.Course, 12).Unsigned(expected.Heading, 9)
            .Unsigned(expected.Second, 6).Unsigned(expected.Maneuver, 2).Unsigned(0, 3).Bool(expected.Raim).Unsigned(expected.Radio, 19);
        var (payload, fill) = new AisMessageEncoder().Encode(expected);
        return SamePayload(reference, payload, fill) && Decodes(payload, fill, expected);
    });

    [Property(MaxTest = 200)]
    public Property ClassB_Decodes() => Prop.ForAll(RoundTripPropertyTests.ClassB().ToArbitrary(), expected =>
    {
        var (payload, fill) = new AisMessageEncoder().Encode(expected);
        return Decodes(payload, fill, expected);
    });

    [Property(MaxTest = 200)]
    public Property StaticAndVoyageData_SpansTwoSentences_AndDecodes() => Prop.ForAll(RoundTripPropertyTests.Type5().ToArbitrary(), expected =>
    {
        var (payload, fill) = new AisMessageEncoder().Encode(expected);
        return payload.Length == 71 && fill == 2 && Decodes(payload, fill, expected);
    });

    [Fact]
    public void StaticDataReport_PartsAAndB_MergeOnDecode()
    {
        var encoder = new AisMessageEncoder();
        var header = new AisHeader(24, 0, 244_123_456);
        var (a, fillA) = encoder.Encode(new StaticDataReport(header, StaticDataPart.A, "NORTH STAR", 0, "", 0, 0, "", 0, 0, 0, 0, 0));
        var (b, fillB) = encoder.Encode(new StaticDataReport(header, StaticDataPart.B, "", 37, "SIM", 1, 7, "PB1234", 10, 5, 2, 2, 0));
        var lines = new StringBuilder();
        NmeaSentenceWriter.Append(lines, a, fillA, 'A', 0, DateTimeOffset.UnixEpoch.AddDays(20_000), "test");
        NmeaSentenceWriter.Append(lines, b, fillB, 'A', 0, DateTimeOffset.UnixEpoch.AddDays(20_000), "test");
        var decoded = RecordingHandler.Decode(lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        decoded.Errors.ShouldBeEmpty();
        var merged = (StaticDataReport)decoded.Messages[1];
        merged.Part.ShouldBe(StaticDataPart.Both);
        (merged.ShipName, merged.ShipType, merged.CallSign, merged.ToBow, merged.ToStern).ShouldBe(("NORTH STAR", 37, "PB1234", 10, 5));
    }

    [Fact]
    public void Sentences_CarryAValidTagBlockWithTheReceiverTime()
    {
        var (payload, fill) = new AisMessageEncoder().Encode(new PositionReportClassA(new AisHeader(1, 0, 244_660_000), 0, 0, 85, false, 1_500_000, 36_000_000, 900, 90, 0, 0, false, 0));
        var lines = new StringBuilder();
        NmeaSentenceWriter.Append(lines, payload, fill, 'B', 0, new DateTimeOffset(2024, 12, 25, 10, 0, 0, TimeSpan.Zero), "bolwerk-sim");
        var line = lines.ToString().TrimEnd('\n');
        line.ShouldStartWith(@"\s:bolwerk-sim,c:1735120800*");
        var recorded = RecordingHandler.Decode([line]);
        recorded.Errors.ShouldBeEmpty();
        recorded.Contexts.Single().ReceivedAt.ShouldBe(new DateTimeOffset(2024, 12, 25, 10, 0, 0, TimeSpan.Zero));
    }

    private static bool SamePayload(AisTestEncoder reference, string payload, int fill)
    {
        var sentences = reference.Sentences();
        var fields = string.Concat(sentences.Select(s => s.Split(',')[5]));
        return fields == payload && sentences[^1].Split(',')[6].StartsWith(fill.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static bool Decodes(string payload, int fill, object expected)
    {
        var lines = new StringBuilder();
        NmeaSentenceWriter.Append(lines, payload, fill, 'A', 3, DateTimeOffset.UnixEpoch.AddDays(20_000), "test");
        var decoded = RecordingHandler.Decode(lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return decoded.Errors.Count == 0 && decoded.Messages.Single().Equals(expected);
    }
}
