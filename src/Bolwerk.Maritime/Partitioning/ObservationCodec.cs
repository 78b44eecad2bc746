using System.Buffers.Binary;
using System.Text;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// The bytes of an <see cref="Observation"/> on the stream: little-endian, fixed fields first. A
/// position is 58 bytes, so a day of a busy sea fits the stream without JSON's threefold weight
/// and decodes without allocating. Decoding untrusted bytes throws <see cref="FormatException"/>
/// naming the offset and field; it never reads past the end.
/// </summary>
public static class ObservationCodec
{
    private const int HeaderSize = 1 + 8 + 8;
    private const int PositionSize = HeaderSize + 4 + 8 + 8 + 8 + 4 + 4 + 2 + 1 + 1;
    private const int MaxText = 256;

    /// <summary>Encodes a decoded observation again (the held messages of a lane snapshot).</summary>
    public static byte[] Encode(in Observation observation) => observation.Kind switch
    {
        ObservationKind.Position => Position(observation.Run, observation.Sequence, observation.Mmsi, observation.Point, observation.ClassB),
        ObservationKind.Identity => Identity(observation.Run, observation.Sequence, observation.Mmsi, observation.TimeMs, observation.Identity!),
        _ => EndOfInput(observation.Run, observation.Sequence),
    };

    /// <summary>Encodes a position report.</summary>
    public static byte[] Position(ulong run, ulong sequence, uint mmsi, in TrackPoint point, bool classB)
    {
        var bytes = new byte[PositionSize];
        var span = Header(bytes, ObservationKind.Position, run, sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(span, mmsi);
        BinaryPrimitives.WriteInt64LittleEndian(span[4..], point.TimeMs);
        BinaryPrimitives.WriteDoubleLittleEndian(span[12..], point.Longitude);
        BinaryPrimitives.WriteDoubleLittleEndian(span[20..], point.Latitude);
        BinaryPrimitives.WriteSingleLittleEndian(span[28..], point.SpeedKnots);
        BinaryPrimitives.WriteSingleLittleEndian(span[32..], point.CourseDegrees);
        BinaryPrimitives.WriteInt16LittleEndian(span[36..], point.Heading);
        span[38] = point.Status;
        span[39] = classB ? (byte)1 : (byte)0;
        return bytes;
    }

    /// <summary>Encodes a static report: a presence byte, then the numbers and texts it carries.</summary>
    public static byte[] Identity(ulong run, ulong sequence, uint mmsi, long timeMs, VesselIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var name = Text(identity.Name);
        var callSign = Text(identity.CallSign);
        var numbers = new[] { identity.Imo, identity.ShipType, identity.LengthMetres, identity.BeamMetres };
        var size = HeaderSize + 4 + 8 + 1 + (numbers.Count(n => n is not null) * 4) + (name is null ? 0 : 2 + name.Length) + (callSign is null ? 0 : 2 + callSign.Length);
        var bytes = new byte[size];
        var span = Header(bytes, ObservationKind.Identity, run, sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(span, mmsi);
        BinaryPrimitives.WriteInt64LittleEndian(span[4..], timeMs);
        var presence = (byte)((name is null ? 0 : 1) | (callSign is null ? 0 : 2));
        var at = 13;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] is { } number)
            {
                presence |= (byte)(4 << i);
                BinaryPrimitives.WriteInt32LittleEndian(span[at..], number);
                at += 4;
            }
        }

        span[12] = presence;
        foreach (var text in new[] { name, callSign })
        {
            if (text is not null)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)text.Length);
                text.CopyTo(span[(at + 2)..]);
                at += 2 + text.Length;
            }
        }

        return bytes;
    }

    /// <summary>Encodes the end of an input.</summary>
    public static byte[] EndOfInput(ulong run, ulong sequence)
    {
        var bytes = new byte[HeaderSize];
        Header(bytes, ObservationKind.EndOfInput, run, sequence);
        return bytes;
    }

    /// <summary>Decodes one message; throws <see cref="FormatException"/> naming the offset and field when the bytes are not one.</summary>
    public static Observation Decode(ReadOnlySpan<byte> bytes)
    {
        Need(bytes, 0, HeaderSize, "header");
        var kind = (ObservationKind)bytes[0];
        var run = BinaryPrimitives.ReadUInt64LittleEndian(bytes[1..]);
        var sequence = BinaryPrimitives.ReadUInt64LittleEndian(bytes[9..]);
        switch (kind)
        {
            case ObservationKind.EndOfInput:
                return new Observation(kind, run, sequence, 0, 0, default, false, null);
            case ObservationKind.Position:
                {
                    Need(bytes, HeaderSize, PositionSize - HeaderSize, "position");
                    var body = bytes[HeaderSize..];
                    var point = new TrackPoint(
                        BinaryPrimitives.ReadInt64LittleEndian(body[4..]),
                        BinaryPrimitives.ReadDoubleLittleEndian(body[12..]),
                        BinaryPrimitives.ReadDoubleLittleEndian(body[20..]),
                        BinaryPrimitives.ReadSingleLittleEndian(body[28..]),
                        BinaryPrimitives.ReadSingleLittleEndian(body[32..]),
                        BinaryPrimitives.ReadInt16LittleEndian(body[36..]),
                        body[38]);
                    if (!double.IsFinite(point.Longitude) || !double.IsFinite(point.Latitude) || Math.Abs(point.Longitude) > 180 || Math.Abs(point.Latitude) > 90)
                    {
                        throw new FormatException($"offset {HeaderSize + 12}: position {point.Longitude},{point.Latitude} is not a place on Earth");
                    }

                    return new Observation(kind, run, sequence, BinaryPrimitives.ReadUInt32LittleEndian(body), point.TimeMs, point, body[39] == 1, null);
                }

            case ObservationKind.Identity:
                return DecodeIdentity(bytes, run, sequence);
            default:
                throw new FormatException($"offset 0: kind byte 0x{bytes[0]:x2} is not a position, identity or end of input");
        }
    }

    private static Observation DecodeIdentity(ReadOnlySpan<byte> bytes, ulong run, ulong sequence)
    {
        Need(bytes, HeaderSize, 13, "identity");
        var mmsi = BinaryPrimitives.ReadUInt32LittleEndian(bytes[HeaderSize..]);
        var timeMs = BinaryPrimitives.ReadInt64LittleEndian(bytes[(HeaderSize + 4)..]);
        var presence = bytes[HeaderSize + 12];
        var at = HeaderSize + 13;
        var numbers = new int?[4];
        for (var i = 0; i < numbers.Length; i++)
        {
            if ((presence & (4 << i)) != 0)
            {
                Need(bytes, at, 4, "identity number");
                numbers[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
                at += 4;
            }
        }

        var texts = new string?[2];
        for (var i = 0; i < texts.Length; i++)
        {
            if ((presence & (1 << i)) != 0)
            {
                Need(bytes, at, 2, "identity text length");
                var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
                Need(bytes, at + 2, length, "identity text");
                texts[i] = Encoding.UTF8.GetString(bytes.Slice(at + 2, length));
                at += 2 + length;
            }
        }

        if (at != bytes.Length)
        {
            throw new FormatException($"offset {at}: {bytes.Length - at} bytes after the identity");
        }

        var identity = new VesselIdentity { Name = texts[0], CallSign = texts[1], Imo = numbers[0], ShipType = numbers[1], LengthMetres = numbers[2], BeamMetres = numbers[3] };
        return new Observation(ObservationKind.Identity, run, sequence, mmsi, timeMs, default, false, identity);
    }

    private static Span<byte> Header(Span<byte> bytes, ObservationKind kind, ulong run, ulong sequence)
    {
        bytes[0] = (byte)kind;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[1..], run);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[9..], sequence);
        return bytes[HeaderSize..];
    }

    // AIS texts are at most 20 characters; the cap keeps a malformed report from growing a message.
    private static byte[]? Text(string? value) =>
        value is null ? null : Encoding.UTF8.GetBytes(value.Length > MaxText ? value[..MaxText] : value);

    private static void Need(ReadOnlySpan<byte> bytes, int offset, int count, string field)
    {
        if (offset + count > bytes.Length)
        {
            throw new FormatException($"offset {offset}: {field} needs {count} bytes, {Math.Max(0, bytes.Length - offset)} left");
        }
    }
}
