using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// Builds JSON lines of flat objects (gpsd's AIS reports) into one growing byte buffer, with
/// the subset of <see cref="System.Text.Json.Utf8JsonWriter"/>'s methods the writers use and
/// the same output for them.
/// </summary>
/// <remarks>
/// Hand-written because it is the hot path of <c>bolwerk ais decode</c>: Utf8JsonWriter checks
/// every property name for characters to escape and keeps validation state, which cost about
/// half of the whole decode (measured on the million-sentence archive of
/// bench/ais-vs-gpsdecode.sh; numbers in docs/performance.md). Property names here are
/// compile-time ASCII literals, so they are copied as they are; string values that are
/// printable ASCII without '"' or '\' (all six-bit AIS text but those two) are copied as they
/// are, and anything else goes through the relaxed JavaScript encoder Utf8JsonWriter used.
/// </remarks>
internal sealed class JsonLineBuffer
{
    // The printable ASCII characters the relaxed encoder leaves alone (all but '"' and '\\').
    private static readonly SearchValues<char> CopiedAsIs = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => !JavaScriptEncoder.UnsafeRelaxedJsonEscaping.WillEncode(c)).ToArray());

    private byte[] _bytes;
    private int _position;
    private bool _needsComma;

    /// <summary>Creates a buffer of <paramref name="capacity"/> bytes; it grows when a line needs more.</summary>
    public JsonLineBuffer(int capacity) => _bytes = new byte[capacity];

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int WrittenCount => _position;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _position);

    /// <summary>Forgets what was written (after it was copied out).</summary>
    public void Clear()
    {
        _position = 0;
        _needsComma = false;
    }

    /// <summary>Ends a line.</summary>
    public void WriteNewLine()
    {
        Reserve(1)[0] = (byte)'\n';
        _position++;
        _needsComma = false;
    }

    /// <summary>Opens an object as a value (top level or array element).</summary>
    public void WriteStartObject()
    {
        var span = Reserve(2);
        var n = 0;
        if (_needsComma)
        {
            span[n++] = (byte)',';
        }

        span[n++] = (byte)'{';
        _position += n;
        _needsComma = false;
    }

    /// <summary>Closes an object.</summary>
    public void WriteEndObject()
    {
        Reserve(1)[0] = (byte)'}';
        _position++;
        _needsComma = true;
    }

    /// <summary>Opens an array property.</summary>
    public void WriteStartArray(ReadOnlySpan<byte> name)
    {
        WriteName(name, 1);
        _bytes[_position++] = (byte)'[';
        _needsComma = false;
    }

    /// <summary>Closes an array.</summary>
    public void WriteEndArray()
    {
        Reserve(1)[0] = (byte)']';
        _position++;
        _needsComma = true;
    }

    /// <summary>A number property.</summary>
    /// <remarks>
    /// Not inlined: inlining into the writers' 178 call sites made methods of up to 11 KB whose
    /// tier-1 compilation cost more than it saved on a million-line run (0.68 → 0.61 s).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void WriteNumber(ReadOnlySpan<byte> name, long value)
    {
        WriteName(name, 20);
        if (unchecked((ulong)value) < 10)
        {
            // Most AIS fields are small (repeat, status, flags, second): one digit, no call.
            _bytes[_position++] = (byte)('0' + (int)value);
        }
        else
        {
            WriteInteger(value);
        }

        _needsComma = true;
    }

    /// <summary>Raw bytes that are already JSON (a prefix written once and reused).</summary>
    public void WriteRawValue(ReadOnlySpan<byte> json, bool endsWithValue)
    {
        json.CopyTo(Reserve(json.Length));
        _position += json.Length;
        _needsComma = endsWithValue;
    }

    /// <summary>A number property whose ASCII name is built at run time (e.g. "offset1").</summary>
    public void WriteNumber(string asciiName, long value)
    {
        Span<byte> name = stackalloc byte[asciiName.Length];
        Encoding.ASCII.GetBytes(asciiName, name);
        WriteNumber(name, value);
    }

    /// <summary>A boolean property.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void WriteBoolean(ReadOnlySpan<byte> name, bool value)
    {
        // A literal per branch keeps each copy's length constant (a chosen span cost 28 ns a field).
        WriteName(name, 5);
        if (value)
        {
            "true"u8.CopyTo(_bytes.AsSpan(_position));
            _position += 4;
        }
        else
        {
            "false"u8.CopyTo(_bytes.AsSpan(_position));
            _position += 5;
        }

        _needsComma = true;
    }

    /// <summary>A string property from UTF-8 that needs no escaping (a literal).</summary>
    public void WriteString(ReadOnlySpan<byte> name, ReadOnlySpan<byte> utf8Literal)
    {
        WriteName(name, utf8Literal.Length + 2);
        _bytes[_position++] = (byte)'"';
        utf8Literal.CopyTo(_bytes.AsSpan(_position));
        _position += utf8Literal.Length;
        _bytes[_position++] = (byte)'"';
        _needsComma = true;
    }

    /// <summary>A string property; null writes JSON null as Utf8JsonWriter does.</summary>
    public void WriteString(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            WriteRaw(name, "null"u8);
            return;
        }

        WriteString(name, value.AsSpan());
    }

    /// <summary>A string property from characters (e.g. formatted into a stack buffer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void WriteString(ReadOnlySpan<byte> name, ReadOnlySpan<char> value)
    {
        if (value.ContainsAnyExcept(CopiedAsIs))
        {
            var escaped = JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value.ToString());
            WriteName(name, Encoding.UTF8.GetByteCount(escaped) + 2);
            _bytes[_position++] = (byte)'"';
            _position += Encoding.UTF8.GetBytes(escaped, _bytes.AsSpan(_position));
        }
        else
        {
            // Printable ASCII: one byte per character.
            WriteName(name, value.Length + 2);
            _bytes[_position++] = (byte)'"';
            _position += Encoding.ASCII.GetBytes(value, _bytes.AsSpan(_position));
        }

        _bytes[_position++] = (byte)'"';
        _needsComma = true;
    }

    // Decimal digits two at a time from a table: the general formatter (Utf8Formatter) cost
    // about 12 ns per multi-digit field, and a position report has eight of them. Writes go
    // through a reference without bounds checks: WriteName reserved 20 bytes, the longest a
    // long takes ("-9223372036854775808").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private void WriteInteger(long value) =>
        _position += FormatInteger(value, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), _position));

    /// <summary>Writes the decimal digits of <paramref name="value"/> at <paramref name="output"/>, which has room for 20 bytes; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    internal static int FormatInteger(long value, ref byte output)
    {
        unchecked
        {
            var magnitude = (ulong)value;
            var sign = 0;
            if (value < 0)
            {
                output = (byte)'-';
                sign = 1;
                magnitude = (ulong)(-(value + 1)) + 1; // long.MinValue has no positive counterpart
            }

            var digits = CountDigits(magnitude);
            ref var pairs = ref MemoryMarshal.GetReference(DigitPairs);
            var at = sign + digits;
            while (magnitude > uint.MaxValue)
            {
                var pair = (int)(magnitude % 100) * 2;
                magnitude /= 100;
                at -= 2;
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, at), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref pairs, pair)));
            }

            // 32-bit division is cheaper, and nearly every AIS field fits.
            var small = (uint)magnitude;
            while (small >= 100)
            {
                var pair = (int)(small % 100) * 2;
                small /= 100;
                at -= 2;
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, at), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref pairs, pair)));
            }

            if (small >= 10)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, at - 2), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref pairs, (int)small * 2)));
            }
            else
            {
                Unsafe.Add(ref output, at - 1) = (byte)('0' + (int)small);
            }

            return sign + digits;
        }
    }

    // Digits from the bit length (log10(2) ≈ 1233/4096), corrected by one comparison.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountDigits(ulong value)
    {
        var estimate = ((BitOperations.Log2(value | 1) + 1) * 1233) >> 12;
        return estimate + ((value | 1) >= PowersOfTen[estimate] ? 1 : 0); // "| 1" makes 0 one digit and moves no power of ten
    }

    private static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private void WriteRaw(ReadOnlySpan<byte> name, ReadOnlySpan<byte> literal)
    {
        WriteName(name, literal.Length);
        literal.CopyTo(_bytes.AsSpan(_position));
        _position += literal.Length;
        _needsComma = true;
    }

    // Writes [,]"name": and makes sure `valueRoom` more bytes fit after it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteName(ReadOnlySpan<byte> name, int valueRoom)
    {
        var span = Reserve(name.Length + 4 + valueRoom);
        var n = 0;
        if (_needsComma)
        {
            span[n++] = (byte)',';
        }

        span[n++] = (byte)'"';
        name.CopyTo(span[n..]);
        n += name.Length;
        span[n++] = (byte)'"';
        span[n++] = (byte)':';
        _position += n;
    }

    /// <summary>At least <paramref name="count"/> bytes to write into; <see cref="Advance"/> says how many were used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Span<byte> Reserve(int count)
    {
        if (_bytes.Length - _position < count)
        {
            Grow(count);
        }

        return _bytes.AsSpan(_position);
    }

    /// <summary>Counts <paramref name="count"/> bytes written into <see cref="Reserve"/>'s span, ending with a value.</summary>
    internal void Advance(int count)
    {
        _position += count;
        _needsComma = true;
    }

    private void Grow(int count) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _position + count));
}
