namespace Bolwerk.Maritime.Ais.Nmea;

/// <summary>The NMEA 0183 checksum: XOR of every character between the start delimiter and '*'.</summary>
public static class NmeaChecksum
{
    /// <summary>XOR of the characters of <paramref name="body"/>.</summary>
    public static int Compute(ReadOnlySpan<char> body)
    {
        var sum = 0;
        foreach (var c in body)
        {
            sum ^= c;
        }

        return sum & 0xFF;
    }

    /// <summary>Parses the two hex digits after '*'; -1 when they are not hex.</summary>
    public static int ParseHex(ReadOnlySpan<char> twoDigits)
    {
        if (twoDigits.Length < 2)
        {
            return -1;
        }

        var high = HexValue(twoDigits[0]);
        var low = HexValue(twoDigits[1]);
        return high < 0 || low < 0 ? -1 : (high << 4) | low;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
