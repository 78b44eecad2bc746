using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Messages;
using Bolwerk.Maritime.Ais.Nmea;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// The fast lane for the bulk of every AIS feed: a single-sentence class A position report (types
/// 1–3) of the standard 168 bits, decoded from its line straight into a
/// <see cref="PositionReportClassA"/> — framing and checksum, six-bit unpacking, and the fields cut
/// with constant shifts, with no context, handler or fragment bookkeeping in between. Anything else
/// (other types, other lengths, fragments, errors of any kind) returns false untouched, for the
/// general decoder to handle and report. It yields exactly what <see cref="AisMessageDecoder"/>
/// yields for the same sentence (tested on every fixture sentence and on mutated ones).
/// Measured: docs/performance.md (AisDecodeBenchmark.PositionLane).
/// </summary>
public static class AisPositionLane
{
    /// <summary>Words a caller lends the lane for unpacking (three are used).</summary>
    public const int ScratchWords = AisBits.MaxBits / 64;

    /// <summary>
    /// Decodes <paramref name="line"/> when it is a valid single-sentence type 1–3 report of 168
    /// bits; <paramref name="sentence"/> then describes the sentence (talker, channel, trailer).
    /// </summary>
    /// <param name="line">One NMEA sentence, no leading tag block or timestamp.</param>
    /// <param name="scratch">At least <see cref="ScratchWords"/> words, reused between calls.</param>
    /// <param name="report">The report, when true.</param>
    /// <param name="sentence">The framed sentence, when true.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDecode(ReadOnlySpan<char> line, Span<ulong> scratch, out PositionReportClassA report, out AisSentence sentence)
    {
        if (AisSentenceParser.TryParse(line, out sentence, out _) is not null)
        {
            report = default;
            return false;
        }

        return TryDecode(sentence, scratch, out report);
    }

    /// <summary>Decodes an already framed sentence when it is a single-sentence type 1–3 report of 168 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDecode(in AisSentence sentence, Span<ulong> scratch, out PositionReportClassA report)
    {
        // Type 1–3 payloads start with '1', '2' or '3' and are 28 characters with no fill bits.
        if (sentence.FragmentCount != 1 || sentence.Payload.Length != 28 || sentence.FillBits != 0 || sentence.Payload[0] is not ('1' or '2' or '3'))
        {
            report = default;
            return false;
        }

        // The fields are cut here as in AisMessageDecoder.ClassAPosition, written out on purpose: one
        // shared builder measured 42.4–42.7 ns per sentence against 38.9–39.1 ns written out
        // (AisDecodeBenchmark.PositionLane, short jobs, 2026-11-29). AisPositionLaneTests holds the two equal.
        AisBits.Unpack(sentence.Payload, 0, scratch).FirstThreeWords(out var w0, out var w1, out var w2);
        report = unchecked(new PositionReportClassA(
            new AisHeader((int)AisBits.Cut(w0, w1, w2, 0, 6), (int)AisBits.Cut(w0, w1, w2, 6, 2), (uint)AisBits.Cut(w0, w1, w2, 8, 30)),
            (int)AisBits.Cut(w0, w1, w2, 38, 4), AisBits.CutSigned(w0, w1, w2, 42, 8), (int)AisBits.Cut(w0, w1, w2, 50, 10), AisBits.Cut(w0, w1, w2, 60, 1) != 0,
            AisBits.CutSigned(w0, w1, w2, 61, 28), AisBits.CutSigned(w0, w1, w2, 89, 27), (int)AisBits.Cut(w0, w1, w2, 116, 12), (int)AisBits.Cut(w0, w1, w2, 128, 9),
            (int)AisBits.Cut(w0, w1, w2, 137, 6), (int)AisBits.Cut(w0, w1, w2, 143, 2), AisBits.Cut(w0, w1, w2, 148, 1) != 0, (int)AisBits.Cut(w0, w1, w2, 149, 19)));
        return true;
    }
}
