using System.Buffers;
using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Ais.Nmea;

/// <summary>
/// Frames <c>!xxVDM</c>/<c>!xxVDO</c> sentences: field split, checksum, fragment header and payload
/// alphabet checks. Works on spans and allocates only to describe an error.
/// </summary>
public static class AisSentenceParser
{
    // Vectorised membership test for the 64 armour characters ('0'-'W', '`'-'w').
    private static readonly SearchValues<char> ArmourAlphabet =
        SearchValues.Create("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw");

    /// <summary>
    /// Parses one sentence that starts at '!'. Characters after the checksum (receiver
    /// timestamps some feeds append) are ignored.
    /// </summary>
    /// <returns>Null on success, else the reason; <paramref name="detail"/> then says what is wrong.</returns>
    public static AisErrorReason? TryParse(ReadOnlySpan<char> text, out AisSentence sentence, out string? detail)
    {
        if (TryParseCanonical(text, out sentence))
        {
            detail = null;
            return null;
        }

        return TryParseGeneral(text, out sentence, out detail);
    }

    /// <summary>The general path: every layout NMEA allows, and every error with its reason.</summary>
    internal static AisErrorReason? TryParseGeneral(ReadOnlySpan<char> text, out AisSentence sentence, out string? detail)
    {
        sentence = default;
        detail = null;
        if (text.Length < 7 || text[0] != '!' || !(text[3..6] is "VDM" or "VDO"))
        {
            detail = "not a !xxVDM or !xxVDO sentence";
            return AisErrorReason.NotAis;
        }

        var star = text.IndexOf('*');
        if (star < 0)
        {
            detail = "sentence has no *hh checksum";
            return AisErrorReason.MissingChecksum;
        }

        var body = text[1..star];
        var expected = NmeaChecksum.ParseHex(text[(star + 1)..]);
        var actual = NmeaChecksum.Compute(body);
        if (expected != actual)
        {
            detail = expected < 0
                ? $"checksum '{Truncate(text[(star + 1)..], 2)}' is not two hex digits"
                : $"checksum is {expected:X2}, content sums to {actual:X2}";
            return AisErrorReason.BadChecksum;
        }

        // body: xxVDM,count,number,seqid,channel,payload,fill
        Span<Range> fields = stackalloc Range[8];
        var count = body.Split(fields, ',');
        if (count < 7)
        {
            detail = $"sentence has {count} fields, expected 7";
            return AisErrorReason.MalformedSentence;
        }

        var fragmentCount = Digit(body[fields[1]]);
        var fragmentNumber = Digit(body[fields[2]]);
        if (fragmentCount < 1 || fragmentNumber < 1 || fragmentNumber > fragmentCount)
        {
            detail = $"fragment {body[fields[2]]} of {body[fields[1]]} is not a valid fragment header";
            return AisErrorReason.MalformedSentence;
        }

        var sequenceText = body[fields[3]];
        var sequenceId = sequenceText.IsEmpty ? -1 : Digit(sequenceText);
        if (!sequenceText.IsEmpty && sequenceId < 0)
        {
            detail = $"sequential message id '{sequenceText}' is not a digit";
            return AisErrorReason.MalformedSentence;
        }

        var channelText = body[fields[4]];
        var channel = channelText.IsEmpty ? '\0' : channelText[0];

        var payload = body[fields[5]];
        var bad = payload.IndexOfAnyExcept(ArmourAlphabet);
        if (bad >= 0)
        {
            detail = $"payload character '{payload[bad]}' is outside the six-bit alphabet";
            return AisErrorReason.BadPayloadCharacter;
        }

        var fill = Digit(body[fields[6]]);
        if (fill is < 0 or > 5)
        {
            detail = $"fill bits '{body[fields[6]]}' is not 0-5";
            return AisErrorReason.BadFillBits;
        }

        sentence = new AisSentence(body[..2], body[4] == 'O', fragmentCount, fragmentNumber, sequenceId, channel, payload, fill, text[Math.Min(text.Length, star + 3)..]);
        return null;
    }

    /// <summary>
    /// The fast path for the shape nearly every real sentence has, <c>!xxVDM,n,m,[s],[c],payload,f*hh</c>
    /// with one-character fields: one pass finds the payload's end and checks its alphabet, then
    /// the checksum. Anything else, including every error, is left to the general path, which
    /// gives the same result for the sentences accepted here (a property test holds them equal).
    /// </summary>
    /// <remarks>The general path's field split cost about a third of framing a position report (AisDecodeBenchmark).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    internal static bool TryParseCanonical(ReadOnlySpan<char> text, out AisSentence sentence)
    {
        sentence = default;
        if (text.Length < 16 || text[0] != '!' || text[3] != 'V' || text[4] != 'D' || text[5] is not ('M' or 'O') || text[6] != ','
            || text[8] != ',' || text[10] != ',' || text[1] is ',' or '*' || text[2] is ',' or '*')
        {
            return false;
        }

        var fragmentCount = text[7] - '0';
        var fragmentNumber = text[9] - '0';
        if (fragmentCount is < 1 or > 9 || fragmentNumber < 1 || fragmentNumber > fragmentCount)
        {
            return false;
        }

        var i = 11;
        var sequenceId = -1;
        if (text[i] != ',')
        {
            sequenceId = text[i] - '0';
            if (sequenceId is < 0 or > 9 || text[i + 1] != ',')
            {
                return false;
            }

            i += 2;
        }
        else
        {
            i++;
        }

        var channel = '\0';
        if (text[i] != ',')
        {
            channel = text[i];
            if (channel == '*' || text[i + 1] != ',')
            {
                return false;
            }

            i += 2;
        }
        else
        {
            i++;
        }

        // The first character outside the armour alphabet must be the comma that ends the payload.
        var payloadLength = text[i..].IndexOfAnyExcept(ArmourAlphabet);
        var end = i + payloadLength;
        if (payloadLength < 0 || end + 5 > text.Length || text[end] != ',' || text[end + 2] != '*')
        {
            return false;
        }

        var fill = text[end + 1] - '0';
        if (fill is < 0 or > 5 || NmeaChecksum.ParseHex(text.Slice(end + 3, 2)) != NmeaChecksum.Compute(text[1..(end + 2)]))
        {
            return false;
        }

        sentence = new AisSentence(text.Slice(1, 2), text[5] == 'O', fragmentCount, fragmentNumber, sequenceId, channel, text.Slice(i, payloadLength), fill, text[(end + 5)..]);
        return true;
    }


    private static int Digit(ReadOnlySpan<char> text) => text.Length == 1 && char.IsAsciiDigit(text[0]) ? text[0] - '0' : -1;

    private static string Truncate(ReadOnlySpan<char> text, int length) => text[..Math.Min(length, text.Length)].ToString();
}
