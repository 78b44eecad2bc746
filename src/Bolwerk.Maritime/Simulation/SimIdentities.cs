using System.Globalization;
using Bolwerk.Identifiers;

namespace Bolwerk.Maritime.Simulation;

/// <summary>Unique, well-formed identities for simulated vessels (MMSI with an allocated MID, IMO with its check digit).</summary>
internal sealed class SimIdentities(Random random)
{
    // Flags seen in Baltic and North Sea traffic, shadow-fleet flags included.
    private static readonly int[] Mids = [211, 219, 230, 244, 245, 257, 265, 273, 276, 236, 248, 255, 304, 636, 538, 352, 518, 613, 620, 677];
    private static readonly string[] First = ["NORDIC", "BALTIC", "AMBER", "SEA", "NORTH", "POLAR", "GOLDEN", "SILVER", "IRON", "BLUE", "STAR", "OCEAN", "CAPE", "WIND", "ARCTIC"];
    private static readonly string[] Second = ["SPIRIT", "TRADER", "CARRIER", "PIONEER", "VOYAGER", "HARMONY", "EXPRESS", "FORTUNE", "QUEEN", "GRACE", "LIGHT", "WAVE", "PRIDE", "DAWN", "RIVER"];
    private readonly HashSet<uint> _mmsis = [];
    private readonly HashSet<int> _imos = [];
    private readonly HashSet<string> _names = [];

    public uint Mmsi(int? mid = null)
    {
        while (true)
        {
            var chosen = mid ?? Mids[random.Next(Mids.Length)];
            var mmsi = (uint)((chosen * 1_000_000) + random.Next(100_000, 999_999));
            if (_mmsis.Add(mmsi))
            {
                return mmsi;
            }
        }
    }

    public int Imo()
    {
        while (true)
        {
            var six = random.Next(900_000, 999_999);
            var imo = (six * 10) + ImoNumber.ComputeCheckDigit(six);
            if (_imos.Add(imo))
            {
                return imo;
            }
        }
    }

    /// <summary>An IMO-shaped number whose check digit is wrong.</summary>
    public int BadImo()
    {
        var good = Imo();
        return (good / 10 * 10) + ((good % 10) + 1 + random.Next(8)) % 10;
    }

    public string Name()
    {
        while (true)
        {
            var name = $"{First[random.Next(First.Length)]} {Second[random.Next(Second.Length)]}";
            if (_names.Add(name))
            {
                return name;
            }

            name = string.Create(CultureInfo.InvariantCulture, $"{name} {random.Next(2, 99)}");
            if (_names.Add(name))
            {
                return name;
            }
        }
    }

    public string CallSign() => string.Concat(Enumerable.Range(0, 5).Select(i => (char)(i < 2 ? 'A' + random.Next(26) : '0' + random.Next(10))));
}
