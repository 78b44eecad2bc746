using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// Writes each decoded message as one line of JSON in gpsd's AIS format, unscaled
/// (<c>gpsdecode -u -j</c>): the field names gpsd uses and raw integer values (lat/lon in
/// 1/10,000 minute, speed in 1/10 knot, course in 1/10 degree). Adds "received" (ISO 8601) when
/// the input carried a receiver time. Errors are not written; count them with a statistics handler.
/// </summary>
public sealed partial class GpsdJsonWriter : AisMessageHandler, IDisposable
{
    private const int FlushThreshold = 64 * 1024;
    private readonly Stream _output;
    private readonly JsonLineBuffer _json = new(FlushThreshold * 2);
    private readonly byte[] _prefix;

    /// <summary>
    /// Creates a writer onto <paramref name="output"/>; <paramref name="device"/> fills gpsd's
    /// "device" field (null omits it). Output is buffered in 64 KiB blocks: call <see cref="Flush"/>
    /// to push what is pending (live feeds), <see cref="Dispose"/> at the end.
    /// </summary>
    public GpsdJsonWriter(Stream output, string? device)
    {
        _output = output;
        // Lines are built in memory and handed to the stream in whole blocks, which is several
        // times cheaper than writing each message to the stream.
        // Every line starts the same way; it is formatted once.
        var prefix = new JsonLineBuffer(64);
        prefix.WriteStartObject();
        prefix.WriteString("class"u8, "AIS"u8);
        if (device is not null)
        {
            prefix.WriteString("device"u8, device);
        }

        _prefix = prefix.WrittenSpan.ToArray();
    }

    /// <summary>Messages written.</summary>
    public long Written { get; private set; }

    /// <summary>Writes everything pending to the output stream.</summary>
    public void Flush()
    {
        if (_json.WrittenCount > 0)
        {
            _output.Write(_json.WrittenSpan);
            _json.Clear();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Flush();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private void Begin(in AisContext context, in AisHeader header)
    {
        _json.WriteRawValue(_prefix, endsWithValue: true);
        _json.WriteNumber("type"u8, header.MessageType);
        _json.WriteNumber("repeat"u8, header.Repeat);
        _json.WriteNumber("mmsi"u8, header.Mmsi);
        _json.WriteBoolean("scaled"u8, false);
        if (context.ReceivedAt is { } received)
        {
            Span<char> text = stackalloc char[24];
            _json.WriteString("received"u8, text[..IsoTime.Format(received, text)]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private void End()
    {
        _json.WriteEndObject();
        _json.WriteNewLine();
        Written++;
        if (_json.WrittenCount >= FlushThreshold)
        {
            Flush();
        }
    }

    private void Data(BinaryPayload data) => _json.WriteString("data"u8, data.ToString());

    private void Dimensions(int toBow, int toStern, int toPort, int toStarboard)
    {
        _json.WriteNumber("to_bow"u8, toBow);
        _json.WriteNumber("to_stern"u8, toStern);
        _json.WriteNumber("to_port"u8, toPort);
        _json.WriteNumber("to_starboard"u8, toStarboard);
    }

    private void Epfd(int epfd)
    {
        _json.WriteNumber("epfd"u8, epfd);
        _json.WriteString("epfd_text"u8, GpsdLegends.EpfdTextUtf8(epfd));
    }

    private void ShipType(int shipType)
    {
        _json.WriteNumber("shiptype"u8, shipType);
        _json.WriteString("shiptype_text"u8, GpsdLegends.ShipTypeTextUtf8(shipType));
    }
}
