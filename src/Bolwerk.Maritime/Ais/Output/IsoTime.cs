namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// UTC time as <c>yyyy-MM-ddTHH:mm:ss[.fff]Z</c>, milliseconds only when not zero and without
/// trailing zeros (the custom format "yyyy-MM-dd'T'HH:mm:ss.FFF'Z'").
/// </summary>
/// <remarks>
/// Written by hand because every tag-blocked line carries a receiver time: the general custom
/// formatter was the largest method the runtime compiled for <c>ais decode</c> and showed in its
/// profile; a unit test holds the two equal.
/// </remarks>
internal static class IsoTime
{
    /// <summary>Writes <paramref name="time"/> (at least 24 characters of room); returns the characters written.</summary>
    public static int Format(DateTimeOffset time, Span<char> output)
    {
        var utc = time.UtcDateTime;
        Four(output, 0, utc.Year);
        output[4] = '-';
        Two(output, 5, utc.Month);
        output[7] = '-';
        Two(output, 8, utc.Day);
        output[10] = 'T';
        Two(output, 11, utc.Hour);
        output[13] = ':';
        Two(output, 14, utc.Minute);
        output[16] = ':';
        Two(output, 17, utc.Second);
        var length = 19;
        var milliseconds = utc.Millisecond;
        if (milliseconds != 0)
        {
            output[length++] = '.';
            output[length++] = (char)('0' + (milliseconds / 100));
            if (milliseconds % 100 != 0)
            {
                output[length++] = (char)('0' + (milliseconds / 10 % 10));
                if (milliseconds % 10 != 0)
                {
                    output[length++] = (char)('0' + (milliseconds % 10));
                }
            }
        }

        output[length++] = 'Z';
        return length;
    }

    private static void Two(Span<char> output, int at, int value)
    {
        output[at] = (char)('0' + (value / 10));
        output[at + 1] = (char)('0' + (value % 10));
    }

    private static void Four(Span<char> output, int at, int value)
    {
        Two(output, at, value / 100);
        Two(output, at + 2, value % 100);
    }
}
