using System.Globalization;
using System.Text;
using Bolwerk.Maritime.Ais.Nmea;

namespace Bolwerk.Maritime.Ais.Transmission;

/// <summary>
/// Wraps an armoured payload in !AIVDM sentences of at most 60 payload characters, each with an
/// NMEA 4.10 tag block carrying the source station and the receiver time (c: Unix seconds), as
/// shore networks deliver them.
/// </summary>
public static class NmeaSentenceWriter
{
    private const int MaxPayloadPerSentence = 60;

    /// <summary>Appends the sentence lines (LF-terminated) for one message to <paramref name="output"/>.</summary>
    public static void Append(StringBuilder output, string payload, int fillBits, char channel, int sequenceId, DateTimeOffset receivedAt, string source)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(payload);
        var parts = Math.Max(1, (payload.Length + MaxPayloadPerSentence - 1) / MaxPayloadPerSentence);
        var tag = string.Create(CultureInfo.InvariantCulture, $"s:{source},c:{receivedAt.ToUnixTimeSeconds()}");
        var tagSum = NmeaChecksum.Compute(tag);
        for (var i = 0; i < parts; i++)
        {
            var chunk = payload.Substring(i * MaxPayloadPerSentence, Math.Min(MaxPayloadPerSentence, payload.Length - (i * MaxPayloadPerSentence)));
            var body = string.Create(CultureInfo.InvariantCulture,
                $"AIVDM,{parts},{i + 1},{(parts > 1 ? sequenceId.ToString(CultureInfo.InvariantCulture) : string.Empty)},{channel},{chunk},{(i == parts - 1 ? fillBits : 0)}");
            output.Append('\\').Append(tag).Append('*').Append(tagSum.ToString("X2", CultureInfo.InvariantCulture)).Append('\\')
                .Append('!').Append(body).Append('*').Append(NmeaChecksum.Compute(body).ToString("X2", CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
