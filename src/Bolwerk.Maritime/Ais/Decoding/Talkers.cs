namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Shared strings for the talker ids seen in real feeds, so naming one costs no allocation.</summary>
internal static class Talkers
{
    private static readonly string[] Known = ["AI", "AB", "AD", "AN", "AR", "AS", "AT", "AX", "BS", "SA", "GP", "EC"];

    public static string Intern(ReadOnlySpan<char> talker)
    {
        // The common case first, without a loop.
        if (talker.Length == 2 && talker[0] == 'A' && talker[1] == 'I')
        {
            return "AI";
        }

        foreach (var known in Known)
        {
            if (talker.SequenceEqual(known))
            {
                return known;
            }
        }

        return talker.ToString();
    }
}
