using BenchmarkDotNet.Attributes;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Nmea;
using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Benchmarks;

/// <summary>
/// The AIS hot path per sentence: framing and checksum alone, then framing + six-bit unpack +
/// full decode of a type 1 position report into a handler that keeps one field (so nothing is
/// optimised away), and a two-sentence type 5; the position fast lane (a whole type 1 sentence to
/// its record). Issue 3's goal: 20 million type 1-3 sentences a second per core with no allocation.
/// </summary>
public class AisDecodeBenchmark
{
    private const string Position = "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23";
    private const string StaticPart1 = "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
    private const string StaticPart2 = "!AIVDM,2,2,1,A,88888888880,2*25";
    private const string PositionPayload = "13HOI:0P0000VOHLCnHQKwvL05Ip";
    private readonly Sink _sink = new();
    private readonly ulong[] _words = new ulong[AisBits.MaxBits / 64];
    private readonly AisMessageDecoder _messageDecoder = new();
    private AisStreamDecoder _decoder = null!;

    private readonly GpsdJsonWriter _json = new(Stream.Null, "stdin");
    private readonly PositionReportClassA _positionReport = new(new AisHeader(1, 0, 227006760), 0, -128, 0, false, 78828, 29685346, 367, 511, 14, 0, false, 22136);
    private readonly AisContext _context = new(1, null, "AI", 'A', null, false);

    [GlobalSetup]
    public void Setup() => _decoder = new AisStreamDecoder(_sink);

    [Benchmark]
    public long WritePositionReportJson()
    {
        _json.OnPositionReportClassA(_context, _positionReport);
        return _json.Written;
    }

    [Benchmark]
    public int UnpackPayload() => AisBits.Unpack(PositionPayload, 0, _words).Length;

    [Benchmark]
    public long UnpackAndDecodeMessage()
    {
        var bits = AisBits.Unpack(PositionPayload, 0, _words);
        _messageDecoder.Decode(bits, default, _sink);
        return _sink.Last;
    }

    [Benchmark(Baseline = true)]
    public int FrameAndChecksum() =>
        AisSentenceParser.TryParse(Position, out var sentence, out _) is null ? sentence.Payload.Length : -1;

    /// <summary>The fast lane alone: framing, checksum, unpacking and fields of a type 1 sentence into a record.</summary>
    [Benchmark]
    public long PositionLane() =>
        AisPositionLane.TryDecode(Position, _words, out var report, out _) ? report.Lat : -1;

    [Benchmark]
    public long DecodePositionReport()
    {
        _decoder.DecodeLine(Position);
        return _sink.Last;
    }

    [Benchmark]
    public long DecodeStaticReportPair()
    {
        _decoder.DecodeLine(StaticPart1);
        _decoder.DecodeLine(StaticPart2);
        return _sink.Last;
    }

    private sealed class Sink : AisMessageHandler
    {
        public long Last { get; private set; }

        public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => Last = message.Lat;

        public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => Last = message.Imo;
    }
}
