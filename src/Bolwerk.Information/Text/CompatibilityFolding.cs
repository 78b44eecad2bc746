using System.Text;

namespace Bolwerk.Information.Text;

/// <summary>
/// The part of Unicode NFKC that matters for evading text matching, as a table: full-width forms,
/// mathematical bold/italic/script/fraktur/double-struck/sans/monospace letters and digits, circled
/// and squared letters, superscript and subscript digits, and the Latin ligatures. Bolwerk runs
/// with invariant globalisation (no ICU), where <see cref="string.Normalize(NormalizationForm)"/>
/// folds ASCII only; this table does these folds everywhere, the same on every machine.
/// </summary>
public static class CompatibilityFolding
{
    private static readonly string[] Ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    /// <summary>The folded text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            switch (v)
            {
                case >= 0xFF01 and <= 0xFF5E: // full-width ASCII
                    builder.Append((char)(v - 0xFF01 + 0x21));
                    break;
                case >= 0x1D400 and <= 0x1D6A3: // 13 styles of A–Z a–z
                    var letter = (v - 0x1D400) % 52;
                    builder.Append((char)(letter < 26 ? 'A' + letter : 'a' + letter - 26));
                    break;
                case >= 0x1D7CE and <= 0x1D7FF: // 5 styles of 0–9
                    builder.Append((char)('0' + ((v - 0x1D7CE) % 10)));
                    break;
                case >= 0x24B6 and <= 0x24CF: // circled capitals
                    builder.Append((char)('A' + v - 0x24B6));
                    break;
                case >= 0x24D0 and <= 0x24E9: // circled small letters
                    builder.Append((char)('a' + v - 0x24D0));
                    break;
                case >= 0x2460 and <= 0x2468: // circled 1–9
                    builder.Append((char)('1' + v - 0x2460));
                    break;
                case (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189): // squared, negative circled, negative squared capitals
                    builder.Append((char)('A' + ((v - 0x1F130) % 32)));
                    break;
                case 0x00B9:
                    builder.Append('1');
                    break;
                case 0x00B2 or 0x00B3:
                    builder.Append((char)('2' + v - 0x00B2));
                    break;
                case 0x2070 or (>= 0x2074 and <= 0x2079): // superscript digits
                    builder.Append((char)('0' + v - 0x2070));
                    break;
                case >= 0x2080 and <= 0x2089: // subscript digits
                    builder.Append((char)('0' + v - 0x2080));
                    break;
                case >= 0xFB00 and <= 0xFB06:
                    builder.Append(Ligatures[v - 0xFB00]);
                    break;
                default:
                    builder.Append(rune.ToString());
                    break;
            }
        }

        return builder.ToString();
    }
}
