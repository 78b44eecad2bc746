namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Shared strings for the talker ids seen in real feeds, so naming one costs no allocation.</summary>
internal static class Talkers
{
    public static string Intern(ReadOnlySpan<char> talker)
    {
        // Two letters make one switch key: no loop over the known talkers (2 % of a decode
        // thread's time went to that loop on feeds of base stations, "BS").
        if (talker.Length == 2)
        {
            switch ((talker[0] << 8) | talker[1])
            {
                case ('A' << 8) | 'I': return "AI";
                case ('B' << 8) | 'S': return "BS";
                case ('A' << 8) | 'B': return "AB";
                case ('A' << 8) | 'D': return "AD";
                case ('A' << 8) | 'N': return "AN";
                case ('A' << 8) | 'R': return "AR";
                case ('A' << 8) | 'S': return "AS";
                case ('A' << 8) | 'T': return "AT";
                case ('A' << 8) | 'X': return "AX";
                case ('S' << 8) | 'A': return "SA";
                case ('G' << 8) | 'P': return "GP";
                case ('E' << 8) | 'C': return "EC";
            }
        }

        return talker.ToString();
    }
}
