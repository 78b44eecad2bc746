using System.Globalization;
using System.Text;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// A minimal AIS encoder for tests: fields into a bit string, six-bit armour, NMEA sentences
/// with checksums (split into fragments when long). Written from ITU-R M.1371-5, independently
/// of the decoder, so a round trip checks both against the standard's layout.
/// </summary>
internal sealed class AisTestEncoder
{
    private const string SixBitAscii = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";
    private readonly StringBuilder _bits = new();

    public AisTestEncoder Unsigned(long value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            _bits.Append(((value >> i) & 1) == 1 ? '1' : '0');
        }

        return this;
    }

    public AisTestEncoder Signed(long value, int width) => Unsigned(value & ((1L << width) - 1), width);

    public AisTestEncoder Bool(bool value) => Unsigned(value ? 1 : 0, 1);

    public AisTestEncoder Text(string text, int characters)
    {
        for (var i = 0; i < characters; i++)
        {
            Unsigned(i < text.Length ? SixBitAscii.IndexOf(text[i], StringComparison.Ordinal) : 0, 6);
        }

        return this;
    }

    public int Length => _bits.Length;

    /// <summary>The sentences carrying the message, at most 60 payload characters each.</summary>
    public IReadOnlyList<string> Sentences(char channel = 'A', int sequenceId = 3)
    {
        var fill = (6 - (_bits.Length % 6)) % 6;
        var padded = _bits.ToString() + new string('0', fill);
        var payload = new StringBuilder();
        for (var i = 0; i < padded.Length; i += 6)
        {
            var value = Convert.ToInt32(padded.Substring(i, 6), 2);
            payload.Append((char)(value < 40 ? value + 48 : value + 56));
        }

        var text = payload.ToString();
        var parts = Enumerable.Range(0, (text.Length + 59) / 60).Select(i => text.Substring(i * 60, Math.Min(60, text.Length - (i * 60)))).ToList();
        return parts.Select((part, i) =>
        {
            var body = string.Create(CultureInfo.InvariantCulture,
                $"AIVDM,{parts.Count},{i + 1},{(parts.Count > 1 ? sequenceId.ToString(CultureInfo.InvariantCulture) : "")},{channel},{part},{(i == parts.Count - 1 ? fill : 0)}");
            var sum = body.Aggregate(0, (acc, c) => acc ^ c);
            return string.Create(CultureInfo.InvariantCulture, $"!{body}*{sum:X2}");
        }).ToList();
    }
}
