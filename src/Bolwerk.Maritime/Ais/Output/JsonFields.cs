using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// Appends the fields of one JSON object into a span reserved up front, with the position in a
/// local: for the message families written most often, where a call per field into
/// <see cref="JsonLineBuffer"/> (which keeps its position in a field) was most of the cost.
/// Property literals carry their comma, quotes and colon (<c>,"lon":</c>).
/// </summary>
internal ref struct JsonFields
{
    private readonly Span<byte> _span;
    private int _position;

    /// <summary>Writes into <paramref name="span"/>; the caller reserved enough for every field.</summary>
    public JsonFields(Span<byte> span) => _span = span;

    /// <summary>Bytes written.</summary>
    public readonly int Length => _position;

    /// <summary>A literal, e.g. a property name with its punctuation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> literal)
    {
        literal.CopyTo(_span[_position..]);
        _position += literal.Length;
    }

    /// <summary>A property and its integer value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Number(ReadOnlySpan<byte> property, long value)
    {
        Raw(property);
        var room = _span.Slice(_position, 20);
        _position += JsonLineBuffer.FormatInteger(value, ref MemoryMarshal.GetReference(room));
    }

    /// <summary>A property and its boolean value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Boolean(ReadOnlySpan<byte> property, bool value)
    {
        Raw(property);
        if (value)
        {
            Raw("true"u8);
        }
        else
        {
            Raw("false"u8);
        }
    }

    /// <summary>A property and a string value that needs no escaping (a legend).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Text(ReadOnlySpan<byte> property, ReadOnlySpan<byte> utf8)
    {
        Raw(property);
        _span[_position++] = (byte)'"';
        Raw(utf8);
        _span[_position++] = (byte)'"';
    }
}
