using System.Globalization;

namespace Bolwerk.Maritime.Ais.Nmea;

/// <summary>
/// The NMEA 4.10 tag block in front of a sentence (<c>\s:source,c:unix-time,g:1-2-42*hh\</c>):
/// receiver time, source station and sentence grouping.
/// </summary>
/// <param name="UnixTime">Receiver time, seconds since 1970 (c:; milliseconds are converted), or null.</param>
/// <param name="Source">Source station (s:), or null.</param>
/// <param name="GroupNumber">This sentence's number in its group (g:n-m-id), 0 without a group.</param>
/// <param name="GroupTotal">Sentences in the group, 0 without a group.</param>
/// <param name="GroupId">Group id, 0 without a group.</param>
public readonly record struct TagBlock(long? UnixTime, string? Source, int GroupNumber, int GroupTotal, int GroupId)
{
    /// <summary>2100-01-01T00:00Z as Unix seconds: later tag block times are rejected as corrupt.</summary>
    public const long LatestPlausibleTime = 4_102_444_800;

    /// <summary>Parses the content between the backslashes, checksum included.</summary>
    /// <param name="content">The text between the two backslashes.</param>
    /// <param name="tagBlock">The fields, also when only the checksum is wrong.</param>
    /// <param name="checksumValid">
    /// False when the checksum is missing, malformed or does not match. Real feeds do this (Kystverket
    /// adds g: without updating the checksum), and the sentence has its own checksum, so callers
    /// may keep the sentence and report the tag block.
    /// </param>
    /// <returns>Null when the fields parse, else what is wrong.</returns>
    public static string? TryParse(ReadOnlySpan<char> content, out TagBlock tagBlock, out bool checksumValid)
    {
        tagBlock = default;
        checksumValid = false;
        var star = content.LastIndexOf('*');
        var body = star < 0 ? content : content[..star];
        var expected = star < 0 ? -1 : NmeaChecksum.ParseHex(content[(star + 1)..]);
        checksumValid = expected >= 0 && content.Length - star - 1 == 2 && expected == NmeaChecksum.Compute(body);

        long? time = null;
        string? source = null;
        int groupNumber = 0, groupTotal = 0, groupId = 0;
        foreach (var range in body.Split(','))
        {
            var field = body[range];
            if (field.Length < 2 || field[1] != ':')
            {
                return $"tag block field '{field}' is not key:value";
            }

            var value = field[2..];
            switch (field[0])
            {
                case 'c':
                    if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var stamp))
                    {
                        return $"tag block time c:'{value}' is not a whole number";
                    }

                    // Some receivers write milliseconds; no AIS predates 2001-09-09 (1e9 s).
                    time = stamp > 100_000_000_000 ? stamp / 1000 : stamp;
                    if (time > LatestPlausibleTime)
                    {
                        // Found by fuzzing: a huge c: value would overflow DateTimeOffset downstream.
                        return $"tag block time c:'{value}' is after the year 2100";
                    }

                    break;
                case 's':
                    source = value.ToString();
                    break;
                case 'g':
                    if (!TryParseGroup(value, out groupNumber, out groupTotal, out groupId))
                    {
                        return $"tag block group g:'{value}' is not n-m-id";
                    }

                    break;
                default:
                    break; // d, n, r, t and vendor keys carry nothing the decoder needs
            }
        }

        tagBlock = new TagBlock(time, source, groupNumber, groupTotal, groupId);
        return null;
    }

    private static bool TryParseGroup(ReadOnlySpan<char> value, out int number, out int total, out int id)
    {
        number = total = id = 0;
        Span<Range> parts = stackalloc Range[4];
        return value.Split(parts, '-') == 3
            && int.TryParse(value[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && int.TryParse(value[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out total)
            && int.TryParse(value[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
