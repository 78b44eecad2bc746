using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Bolwerk.Maritime.Ais.Applications;

/// <summary>ERI ship and convoy type names (inland AIS), from data/maritime/eri-ship-types.csv, embedded. Thread-safe.</summary>
public static class EriShipTypes
{
    private static readonly Lazy<FrozenDictionary<int, string>> Names = new(Load);

    /// <summary>The name for an ERI code, or null when the code is not defined.</summary>
    public static string? NameOf(int code) => Names.Value.GetValueOrDefault(code);

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Bolwerk.Maritime.EriShipTypes.csv")
            ?? throw new InvalidOperationException("Embedded resource Bolwerk.Maritime.EriShipTypes.csv is missing.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        var names = new Dictionary<int, string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            names.Add(int.Parse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture), line[(comma + 1)..].Trim('"'));
        }

        return names.ToFrozenDictionary();
    }
}
