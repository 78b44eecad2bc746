using System.Text;
using Bolwerk.Maritime.Ais.Decoding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Maritime.Tests.Ais;

public sealed class AsciiLineReaderTests
{
    [Fact]
    public void ReadLines_SplitsOnNewline_KeepsCarriageReturn_AndPassesAnUnterminatedLastLine() =>
        Read("a\r\n\nbc\nlast").ShouldBe(["a\r", "", "bc", "last"]);

    [Fact]
    public void ReadLines_LinesAcrossManyReadBuffers_ComeOutWhole()
    {
        // 200,000 lines of varying length cross the 64 KiB buffer at every offset.
        var expected = Enumerable.Range(0, 200_000).Select(i => new string((char)('a' + (i % 26)), i % 97)).ToList();
        Read(string.Join('\n', expected) + "\n").ShouldBe(expected);
    }

    [Fact]
    public void ReadLines_OverlongLine_IsCutToMaxLength_AndTheNextLineIsIntact()
    {
        var longLine = new string('x', AsciiLineReader.MaxLineLength * 40);
        var lines = Read($"first\n{longLine}\nnext\n{longLine}");
        lines.Count.ShouldBe(4);
        lines[0].ShouldBe("first");
        lines[1].ShouldBe(longLine[..AsciiLineReader.MaxLineLength]);
        lines[2].ShouldBe("next");
        lines[3].ShouldBe(longLine[..AsciiLineReader.MaxLineLength]);
    }

    [Fact]
    public void ReadLines_BytesAbove127_WidenAsLatin1() =>
        Read(new byte[] { 0x41, 0xE9, 0xFF, 0x0A }).ShouldBe(["A\u00E9\u00FF"]);

    [Fact]
    public void ReadLines_CallbackReturningFalse_StopsReading()
    {
        var seen = new List<string>();
        AsciiLineReader.ReadLines(new MemoryStream("1\n2\n3\n"u8.ToArray()), line =>
        {
            seen.Add(line.ToString());
            return seen.Count < 2;
        });
        seen.ShouldBe(["1", "2"]);
    }

    [Property(MaxTest = 300)]
    public Property ReadLines_AgreesWithStringSplit_ForAnyAsciiText() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', 'b', '\n', '\r', '!', ',')).Select(chars => new string(chars)).ToArbitrary(),
            text =>
            {
                var expected = text.Split('\n').ToList();
                if (expected[^1].Length == 0)
                {
                    expected.RemoveAt(expected.Count - 1); // a final newline ends the last line, it does not start one
                }

                return Read(text).SequenceEqual(expected);
            });

    private static List<string> Read(string text) => Read(Encoding.Latin1.GetBytes(text));

    private static List<string> Read(byte[] bytes)
    {
        var lines = new List<string>();
        // A stream that returns few bytes per read exercises the carry-over between reads.
        AsciiLineReader.ReadLines(new TrickleStream(bytes), line =>
        {
            lines.Add(line.ToString());
            return true;
        });
        return lines;
    }

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        private int _calls;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1 + (_calls++ * 7919 % 70_000)));
    }
}
