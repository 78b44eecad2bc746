namespace Bolwerk.Maritime.Ais.Transmission;

/// <summary>
/// Writes message fields MSB-first into a bit buffer and armours it as six-bit ASCII
/// (ITU-R M.1371-5 §3.3.7 and IEC 61162-1). The simulator's inverse of the decoder; tested
/// against the test suite's independent encoder and by decoding its own output.
/// </summary>
public sealed class AisPayloadWriter
{
    private const string SixBitText = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";
    private readonly byte[] _bits = new byte[1_008];

    /// <summary>Bits written so far.</summary>
    public int Length { get; private set; }

    /// <summary>Starts a new message.</summary>
    public AisPayloadWriter Reset()
    {
        Length = 0;
        return this;
    }

    /// <summary>An unsigned field of <paramref name="width"/> bits.</summary>
    public AisPayloadWriter Field(ulong value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            _bits[Length++] = (byte)((value >> i) & 1);
        }

        return this;
    }

    /// <summary>A two's-complement field of <paramref name="width"/> bits.</summary>
    public AisPayloadWriter TwosComplement(long value, int width) => Field(unchecked((ulong)value) & ((1UL << width) - 1), width);

    /// <summary>One bit.</summary>
    public AisPayloadWriter Bool(bool value) => Field(value ? 1UL : 0UL, 1);

    /// <summary>Six-bit text padded with '@' to <paramref name="characters"/>; characters outside the AIS set become spaces.</summary>
    public AisPayloadWriter Text(string? text, int characters)
    {
        for (var i = 0; i < characters; i++)
        {
            var index = text is not null && i < text.Length ? SixBitText.IndexOf(char.ToUpperInvariant(text[i]), StringComparison.Ordinal) : 0;
            Field((ulong)(index < 0 ? 32 : index), 6);
        }

        return this;
    }

    /// <summary>The armoured payload and its fill-bit count.</summary>
    public (string Payload, int FillBits) Armour()
    {
        var fill = (6 - (Length % 6)) % 6;
        var characters = new char[(Length + fill) / 6];
        for (var c = 0; c < characters.Length; c++)
        {
            var value = 0;
            for (var b = 0; b < 6; b++)
            {
                var at = (c * 6) + b;
                value = (value << 1) | (at < Length ? _bits[at] : 0);
            }

            characters[c] = (char)(value < 40 ? value + 48 : value + 56);
        }

        return (new string(characters), fill);
    }
}
