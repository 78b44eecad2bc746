using System.Globalization;
using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Nmea;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Decodes a stream of lines as receivers and archives write them: bare <c>!xxVDM</c> sentences,
/// sentences behind NMEA 4.10 tag blocks, Gatehouse <c>$PGHP</c> time lines, a leading time
/// stamp (ISO 8601 or Unix seconds) or a trailing one after the checksum, comments ('#') and
/// blank lines. The time of a message comes only from the input, never from the clock.
/// </summary>
/// <remarks>
/// One instance per stream (it holds fragment and type 24 state); not thread-safe. Every
/// malformed line becomes an <see cref="AisError"/> delivered to the handler; nothing throws.
/// </remarks>
public sealed class AisStreamDecoder(AisMessageHandler handler) : IAisLineDecoder
{
    private readonly AisMessageDecoder _messages = new();
    private readonly FragmentAssembler _fragments = new();
    private readonly List<AisError> _givenUp = [];
    private readonly ulong[] _bitBuffer = new ulong[AisBits.MaxBits / 64];
    private DateTimeOffset? _gatehouseTime;

    /// <summary>Only these message types are decoded (others are skipped unread); null decodes all.</summary>
    public IReadOnlySet<int>? MessageTypes { get; init; }

    /// <summary>Lines seen so far.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Lines skipped as blank, comment or non-AIS NMEA (e.g. $GPGSA).</summary>
    public long SkippedLines { get; private set; }

    /// <summary>Decodes one line (without its line terminator; a trailing CR is ignored).</summary>
    /// <remarks>
    /// The bare sentence goes straight to <see cref="DecodeSentence"/>; prefixes, tag blocks,
    /// '$' lines and comments are handled apart, which keeps this method's frame small (its
    /// prolog cleared the tag block's and the prefix's locals on every line).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void DecodeLine(ReadOnlySpan<char> line)
    {
        LineNumber++;
        while (!line.IsEmpty && line[^1] is '\r' or '\n' or ' ' or '\t')
        {
            line = line[..^1];
        }

        if (!line.IsEmpty && line[0] == '!')
        {
            DecodeSentence(line, null, null, 0);
        }
        else
        {
            DecodeOtherLine(line);
        }
    }

    private void DecodeOtherLine(ReadOnlySpan<char> line)
    {
        var start = line.IndexOfAny('!', '\\', '$');
        if (start < 0)
        {
            SkippedLines++;
            if (!line.IsWhiteSpace() && line.TrimStart()[0] != '#')
            {
                Report(AisErrorReason.NotAis, "line holds no NMEA sentence");
            }

            return;
        }

        DateTimeOffset? time = start > 0 ? ParsePrefixTime(line[..start]) : null;
        var rest = line[start..];
        string? source = null;
        var tagGroupId = 0;
        if (rest[0] == '\\')
        {
            var close = rest[1..].IndexOf('\\');
            if (close < 0)
            {
                Report(AisErrorReason.BadTagBlock, "tag block has no closing backslash");
                return;
            }

            // A faulty tag block is reported but does not cost the sentence, which has its own checksum.
            if (TagBlock.TryParse(rest.Slice(1, close), out var tags, out var checksumValid) is { } problem)
            {
                Report(AisErrorReason.BadTagBlock, $"{problem}; sentence kept without its tag block");
            }
            else
            {
                if (!checksumValid)
                {
                    Report(AisErrorReason.BadTagBlockChecksum, $"tag block checksum does not match '{rest.Slice(1, close)}'; sentence kept");
                }

                time = tags.UnixTime is { } unix ? DateTimeOffset.FromUnixTimeSeconds(unix) : time;
                source = tags.Source;
                tagGroupId = tags.GroupId;
            }

            rest = rest[(close + 2)..];
            if (rest.IsEmpty)
            {
                SkippedLines++; // a tag block alone (e.g. a group header) carries no sentence
                return;
            }
        }

        if (rest[0] == '$')
        {
            if (rest.StartsWith("$PGHP,"))
            {
                _gatehouseTime = ParseGatehouse(rest);
            }

            SkippedLines++;
            return;
        }

        DecodeSentence(rest, time, source, tagGroupId);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private void DecodeSentence(ReadOnlySpan<char> text, DateTimeOffset? time, string? source, int tagGroupId)
    {
        if (AisSentenceParser.TryParse(text, out var sentence, out var detail) is { } reason)
        {
            Report(reason, detail!);
            return;
        }

        time ??= (sentence.Trailer.IsEmpty ? null : ParseTrailingTime(sentence.Trailer)) ?? _gatehouseTime;
        var context = new AisContext(LineNumber, time, Talkers.Intern(sentence.Talker), sentence.Channel, source, sentence.OwnShip);

        // Most of a feed: a single-sentence class A report, straight into the handler.
        if (AisPositionLane.TryDecode(sentence, _bitBuffer, out var report)
            && (MessageTypes is null || MessageTypes.Contains(report.Header.MessageType)))
        {
            handler.OnPositionReportClassA(context, report);
            handler.OnDecoded(context, report.Header);
            _gatehouseTime = null;
            return;
        }

        if (sentence.FragmentCount == 1)
        {
            DecodePayload(sentence.Payload, sentence.FillBits, context);
            return;
        }

        var joined = _fragments.Add(sentence, source, tagGroupId, LineNumber, _givenUp);
        DeliverGivenUp();
        if (joined is { } message)
        {
            DecodePayload(message.Payload, message.FillBits, context);
        }
    }

    /// <summary>Ends the stream: open multi-sentence messages are reported as incomplete.</summary>
    public void Complete()
    {
        _fragments.Flush(_givenUp);
        DeliverGivenUp();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private void DecodePayload(ReadOnlySpan<char> payload, int fillBits, in AisContext context)
    {
        if (payload.Length * 6 > AisBits.MaxBits || fillBits > payload.Length * 6)
        {
            ReportBadPayloadSize(payload.Length, fillBits);
            return;
        }

        if (MessageTypes is { } wanted && !payload.IsEmpty && !wanted.Contains((int)AisBits.SixBitValue(payload[0])))
        {
            _gatehouseTime = null;
            return; // the type is the first six bits, so unwanted messages are never unpacked
        }

        var bits = AisBits.Unpack(payload, fillBits, _bitBuffer);
        _messages.Decode(bits, context, handler);
        _gatehouseTime = null;
    }

    // Kept out of DecodePayload: an interpolated string's handler there made every call clear its locals.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportBadPayloadSize(int characters, int fillBits)
    {
        if (characters * 6 > AisBits.MaxBits)
        {
            Report(AisErrorReason.PayloadTooLong, string.Create(CultureInfo.InvariantCulture, $"payload of {characters} characters exceeds {AisBits.MaxBits / 6}"));
        }
        else
        {
            Report(AisErrorReason.BadFillBits, string.Create(CultureInfo.InvariantCulture, $"{fillBits} fill bits exceed a payload of {characters * 6} bits"));
        }
    }

    private void DeliverGivenUp()
    {
        foreach (var error in _givenUp)
        {
            handler.OnError(error);
        }

        _givenUp.Clear();
    }

    private void Report(AisErrorReason reason, string detail) => handler.OnError(new AisError(reason, LineNumber, detail));

    // "$PGHP,1,2010,6,11,11,46,11,390,..." : type, year, month, day, hour, minute, second, millisecond.
    private static DateTimeOffset? ParseGatehouse(ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[10];
        if (line.Split(fields, ',') < 9)
        {
            return null;
        }

        Span<int> values = stackalloc int[7];
        for (var i = 0; i < 7; i++)
        {
            if (!int.TryParse(line[fields[i + 2]], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        try
        {
            return new DateTimeOffset(values[0], values[1], values[2], values[3], values[4], values[5], values[6], TimeSpan.Zero);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateTimeOffset? ParsePrefixTime(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim().Trim("[]").TrimEnd(',').Trim();
        if (double.TryParse(prefix, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var unix) && unix is > 1e8 and < 1e10)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(unix * 1000));
        }

        return DateTimeOffset.TryParse(prefix, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
    }

    // Some feeds append ",<unix seconds>" after the checksum.
    private static DateTimeOffset? ParseTrailingTime(ReadOnlySpan<char> trailer)
    {
        if (trailer.Length < 2 || trailer[0] != ',')
        {
            return null;
        }

        return long.TryParse(trailer[1..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && unix is > 100_000_000 and < 10_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : null;
    }
}
