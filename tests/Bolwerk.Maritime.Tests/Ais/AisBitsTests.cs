using System.Runtime.Intrinsics.X86;
using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class AisBitsTests
{
    private const string Armour = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

    [SkippableFact]
    public void UnpackVectorised_EqualsScalar_ForEveryLengthAndFill()
    {
        Skip.IfNot(Ssse3.IsSupported, "the vectorised de-armouring needs SSSE3");
        var random = new Random(20261128);
        var vectorWords = new ulong[AisBits.MaxBits / 64];
        var scalarWords = new ulong[AisBits.MaxBits / 64];
        for (var length = 0; length <= AisBits.MaxBits / 6; length++)
        {
            for (var trial = 0; trial < 4; trial++)
            {
                // Leftovers of a longer message must not leak into a shorter one.
                Array.Fill(vectorWords, ulong.MaxValue);
                var payload = new string(Enumerable.Range(0, length).Select(_ => Armour[random.Next(64)]).ToArray());
                var fill = length == 0 ? 0 : random.Next(6);
                var vector = AisBits.UnpackVectorised(payload, fill, vectorWords);
                var scalar = AisBits.UnpackScalar(payload, fill, scalarWords);
                vector.Length.ShouldBe(scalar.Length);
                for (var bit = 0; bit < length * 6 + 64; bit += 61)
                {
                    vector.ReadUInt64(bit, 61).ShouldBe(scalar.ReadUInt64(bit, 61), $"payload '{payload}', bit {bit}");
                }
            }
        }
    }

    [Fact]
    public void Cut_FromThreeWords_EqualsReadUInt64_ForEveryFieldPosition()
    {
        var random = new Random(3);
        var words = new ulong[AisBits.MaxBits / 64];
        var payload = new string(Enumerable.Range(0, 32).Select(_ => Armour[random.Next(64)]).ToArray());
        var bits = AisBits.Unpack(payload, 0, words);
        bits.FirstThreeWords(out var w0, out var w1, out var w2);
        for (var start = 0; start < 192; start++)
        {
            for (var length = 1; length <= 64 && start + length <= 192; length++)
            {
                AisBits.Cut(w0, w1, w2, start, length).ShouldBe(bits.ReadUInt64(start, length), $"start {start}, length {length}");
                AisBits.CutSigned(w0, w1, w2, start, Math.Min(length, 32)).ShouldBe(bits.ReadInt(start, Math.Min(length, 32)));
            }
        }
    }

    [Fact]
    public void Unpack_KnownPositionReport_ReadsGpsdecodesValues()
    {
        // gpsdecode -u -j: "mmsi":227006760,"lon":78828,"lat":29685346,"course":367,"heading":511,"second":14,"radio":22136
        var bits = AisBits.Unpack("13HOI:0P0000VOHLCnHQKwvL05Ip", 0, new ulong[AisBits.MaxBits / 64]);
        bits.Length.ShouldBe(168);
        bits.ReadUInt(0, 6).ShouldBe(1);
        bits.ReadUInt(8, 30).ShouldBe(227006760);
        bits.ReadInt(61, 28).ShouldBe(78828);
        bits.ReadInt(89, 27).ShouldBe(29685346);
        bits.ReadUInt(116, 12).ShouldBe(367);
        bits.ReadUInt(128, 9).ShouldBe(511);
        bits.ReadUInt(137, 6).ShouldBe(14);
        bits.ReadUInt(149, 19).ShouldBe(22136);
    }
}
