using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// The de-armoured payload as a bit string, packed most significant bit first into 64-bit
/// words, with the ITU-R M.1371 field readers. Bits past the end read as zero, as in gpsd,
/// so a short payload yields zeros rather than garbage.
/// </summary>
/// <remarks>
/// Hand-written on spans because this is the hottest path of the maritime pipeline: every field
/// of every message goes through <see cref="ReadUInt64"/>.
/// </remarks>
public readonly ref struct AisBits
{
    /// <summary>Longest payload accepted, in bits: five slots (1,008) with ample room for non-conforming senders.</summary>
    public const int MaxBits = 64 * 64;

    private static readonly char[] SixBitAscii = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?".ToCharArray();

    private readonly Span<ulong> _words;

    private AisBits(Span<ulong> words, int length)
    {
        _words = words;
        Length = length;
    }

    /// <summary>Number of payload bits (six per character, less the fill bits).</summary>
    public int Length { get; }

    /// <summary>
    /// De-armours <paramref name="payload"/> into <paramref name="buffer"/> (at least
    /// <see cref="MaxBits"/>/64 words). Characters must already be validated.
    /// </summary>
    public static AisBits Unpack(ReadOnlySpan<char> payload, int fillBits, Span<ulong> buffer) =>
        Ssse3.IsSupported && BitConverter.IsLittleEndian ? UnpackVectorised(payload, fillBits, buffer) : UnpackScalar(payload, fillBits, buffer);

    /// <summary>The portable de-armouring (and the reference the vectorised one is tested against).</summary>
    internal static AisBits UnpackScalar(ReadOnlySpan<char> payload, int fillBits, Span<ulong> buffer)
    {
        var target = Words(payload, buffer);

        // Four characters make 24 bits; placing a group costs one or two word writes instead of
        // four, and a subtraction replaces the per-character branchy arithmetic (measured on a
        // type 1 payload: 45.6 ns per-character, 38.6 ns in groups; AisDecodeBenchmark.UnpackPayload).
        var bit = 0;
        var i = 0;
        for (; i + 4 <= payload.Length; i += 4, bit += 24)
        {
            var group = ((ulong)SixBitValue(payload[i]) << 18) | ((ulong)SixBitValue(payload[i + 1]) << 12)
                | ((ulong)SixBitValue(payload[i + 2]) << 6) | SixBitValue(payload[i + 3]);
            Place(target, bit, group, 24);
        }

        for (; i < payload.Length; i++, bit += 6)
        {
            Place(target, bit, SixBitValue(payload[i]), 6);
        }

        return new AisBits(target, Math.Max(0, bit - fillBits));
    }

    private static Span<ulong> Words(ReadOnlySpan<char> payload, Span<ulong> buffer)
    {
        var target = buffer[..((payload.Length * 6 + 63) >> 6)];
        target.Clear();
        return target;
    }

    // Sixteen characters at a time become twelve bytes of the big-endian bit string, with the
    // multiply-add packing known from base64 decoders; the words are byte-swapped at the end.
    // Measured (AisDecodeBenchmark.UnpackPayload, type 1 payload of 28 characters): 38.6 ns
    // with the scalar groups below, see docs/performance.md for this one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    internal static AisBits UnpackVectorised(ReadOnlySpan<char> payload, int fillBits, Span<ulong> buffer)
    {
        // No clearing first: the 16-byte stores (12 bytes of bits, 4 of zeros) and the zero
        // padding of the last block cover every byte of the words read (checked for every
        // payload length 0–682; AisBitsTests fills the buffer with ones beforehand).
        var target = buffer[..((payload.Length * 6 + 63) >> 6)];
        var bytes = MemoryMarshal.AsBytes(buffer);
        ref var output = ref MemoryMarshal.GetReference(bytes);
        ref var input = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(payload));
        var written = 0;
        var i = 0;
        for (; i + 16 <= payload.Length; i += 16, written += 12)
        {
            Store(Pack(Values(Vector128.LoadUnsafe(ref input, (nuint)i), Vector128.LoadUnsafe(ref input, (nuint)i + 8))), bytes, written);
        }

        var remainder = payload.Length - i;
        if (remainder > 0)
        {
            Vector128<byte> values;
            if (payload.Length >= 16)
            {
                // Load the last sixteen characters (overlapping the previous block) and shift out
                // the overlap; the lanes shifted in are zero, six zero bits each.
                var last = (nuint)(payload.Length - 16);
                var overlap = Vector128.Create((byte)(16 - remainder));
                var lanes = Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) + overlap;
                lanes |= Vector128.GreaterThan(lanes, Vector128.Create((byte)15)) & Vector128.Create((byte)0x80);
                values = Ssse3.Shuffle(Values(Vector128.LoadUnsafe(ref input, last), Vector128.LoadUnsafe(ref input, last + 8)), lanes);
            }
            else
            {
                // Short payloads (acknowledgements, type 27): pad a copy with '0', six zero bits each.
                var tail = Vector256.Create((ushort)'0');
                payload[i..].CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<Vector256<ushort>, char>(ref tail), 16));
                values = Values(tail.GetLower(), tail.GetUpper());
            }

            Store(Pack(values), bytes, written);
        }

        // The bit string was written big-endian; the words are read as native integers.
        for (var w = 0; w < target.Length; w++)
        {
            target[w] = BinaryPrimitives.ReverseEndianness(target[w]);
        }

        return new AisBits(target, Math.Max(0, (payload.Length * 6) - fillBits));
    }

    // Sixteen armour characters to their six-bit values, one per byte.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Values(Vector128<ushort> low, Vector128<ushort> high)
    {
        var values = Vector128.Narrow(low, high) - Vector128.Create((byte)48);
        return values - (Vector128.GreaterThan(values, Vector128.Create((byte)40)) & Vector128.Create((byte)8));
    }

    // Sixteen six-bit values to twelve bytes of big-endian bit string (and four zero bytes).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Pack(Vector128<byte> values)
    {
        var twelve = Ssse3.MultiplyAddAdjacent(values, Vector128.Create((short)0x0140).AsSByte()); // a*64 + b per byte pair
        var twentyFour = Sse2.MultiplyAddAdjacent(twelve, Vector128.Create(0x0001_1000).AsInt16()); // p*4096 + q per pair
        return Ssse3.Shuffle(twentyFour.AsByte(), Vector128.Create((byte)2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 0x80, 0x80, 0x80, 0x80));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector128<byte> packed, Span<byte> bytes, int at)
    {
        if (at + 16 <= bytes.Length)
        {
            packed.StoreUnsafe(ref MemoryMarshal.GetReference(bytes), (nuint)at);
        }
        else
        {
            // The end of the buffer: only the twelve meaningful bytes, as far as they fit.
            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Vector128<byte>, byte>(ref packed), Math.Min(12, bytes.Length - at)).CopyTo(bytes[at..]);
        }
    }

    // '0'..'W' are 0..39 and '`'..'w' are 40..63 (characters are validated by the framer).
    internal static uint SixBitValue(char c)
    {
        var value = (uint)(c - 48);
        return value > 40 ? value - 8 : value;
    }

    private static void Place(Span<ulong> target, int bit, ulong value, int width)
    {
        var word = bit >> 6;
        var offset = bit & 63;
        var shift = 64 - offset - width;
        if (shift >= 0)
        {
            target[word] |= value << shift;
        }
        else
        {
            target[word] |= value >> -shift;
            target[word + 1] |= value << (64 + shift);
        }
    }

    /// <summary>The unsigned value of <paramref name="length"/> (1–64) bits starting at <paramref name="start"/>.</summary>
    /// <remarks>Inlined: call sites pass constant positions, so the word and shift arithmetic folds away.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadUInt64(int start, int length)
    {
        var word = start >> 6;
        if (word >= _words.Length)
        {
            return 0;
        }

        var offset = start & 63;
        var high = _words[word] << offset;
        if (offset + length > 64 && word + 1 < _words.Length)
        {
            high |= _words[word + 1] >> (64 - offset);
        }

        return high >> (64 - length);
    }

    /// <summary>
    /// The first three words (192 bits), zero past the end: enough for a position report, whose
    /// fields are then cut with constant shifts instead of a bounds-checked read each.
    /// </summary>
    internal void FirstThreeWords(out ulong w0, out ulong w1, out ulong w2)
    {
        var words = _words;
        w0 = words.Length > 0 ? words[0] : 0;
        w1 = words.Length > 1 ? words[1] : 0;
        w2 = words.Length > 2 ? words[2] : 0;
    }

    /// <summary>The unsigned field at constant <paramref name="start"/> and <paramref name="length"/> within three words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Cut(ulong w0, ulong w1, ulong w2, int start, int length)
    {
        // With constant arguments every branch but one folds away.
        var end = start + length;
        ulong field;
        if (end <= 64)
        {
            field = w0 << start;
        }
        else if (start < 64)
        {
            field = (w0 << start) | (w1 >> (64 - start));
        }
        else if (end <= 128)
        {
            field = w1 << (start - 64);
        }
        else if (start < 128)
        {
            field = (w1 << (start - 64)) | (w2 >> (128 - start));
        }
        else
        {
            field = w2 << (start - 128);
        }

        return field >> (64 - length);
    }

    /// <summary>The two's-complement field at constant <paramref name="start"/> and <paramref name="length"/> within three words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CutSigned(ulong w0, ulong w1, ulong w2, int start, int length) =>
        unchecked((int)((long)(Cut(w0, w1, w2, start, length) << (64 - length)) >> (64 - length)));

    /// <summary>Unsigned field as int (for fields of at most 31 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadUInt(int start, int length) => unchecked((int)ReadUInt64(start, length));

    /// <summary>The two's-complement signed value of a field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadInt(int start, int length)
    {
        // Shifting the field to the top and back sign-extends it.
        return unchecked((int)((long)(ReadUInt64(start, length) << (64 - length)) >> (64 - length)));
    }

    /// <summary>One bit as a boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ReadBool(int start) => ReadUInt64(start, 1) != 0;

    /// <summary>
    /// Six-bit text of up to <paramref name="characters"/> characters, stopping at the first '@'
    /// (ITU "no more text") and trimming trailing spaces, as gpsd does.
    /// </summary>
    public string ReadText(int start, int characters)
    {
        if (start >= Length)
        {
            return "";
        }

        Span<char> text = stackalloc char[Math.Min(characters, 256)];
        var n = 0;
        for (; n < text.Length; n++)
        {
            var c = SixBitAscii[(int)ReadUInt64(start + (6 * n), 6)];
            if (c == '@')
            {
                break;
            }

            text[n] = c;
        }

        while (n > 0 && text[n - 1] is ' ' or '@')
        {
            n--;
        }

        return new string(text[..n]);
    }

    /// <summary>Text from <paramref name="start"/> to the end of the payload.</summary>
    public string ReadTextToEnd(int start) => start >= Length ? "" : ReadText(start, (Length - start) / 6);

    /// <summary>The bits from <paramref name="start"/> for <paramref name="length"/> bits, packed into bytes MSB first.</summary>
    public byte[] ReadBytes(int start, int length)
    {
        if (length <= 0)
        {
            return [];
        }

        var bytes = new byte[(length + 7) >> 3];
        for (var i = 0; i < bytes.Length; i++)
        {
            var take = Math.Min(8, length - (i * 8));
            bytes[i] = (byte)(ReadUInt64(start + (i * 8), take) << (8 - take));
        }

        return bytes;
    }
}
