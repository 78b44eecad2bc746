using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Bolwerk.Identifiers;

/// <summary>
/// The ITU table of Maritime Identification Digits (ITU-R M.585, Appendix 43 of the Radio
/// Regulations, as published by ITU MARS), embedded with this assembly.
/// </summary>
/// <remarks>Loaded once on first use; thread-safe.</remarks>
public static class MaritimeIdentificationDigits
{
    private static readonly Lazy<FrozenDictionary<int, FlagState>> Table = new(Load);

    /// <summary>Every allocated MID, in ascending order.</summary>
    public static IEnumerable<FlagState> All => Table.Value.Values.OrderBy(state => state.Mid);

    /// <summary>Looks up the administration a MID is allocated to.</summary>
    /// <returns>False when ITU has not allocated <paramref name="mid"/>.</returns>
    public static bool TryGetFlagState(int mid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FlagState? flagState) =>
        Table.Value.TryGetValue(mid, out flagState);

    /// <summary>True when ITU has allocated <paramref name="mid"/>.</summary>
    public static bool IsAllocated(int mid) => Table.Value.ContainsKey(mid);

    private static FrozenDictionary<int, FlagState> Load()
    {
        const string resource = "Bolwerk.Identifiers.MaritimeIdentificationDigits.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from Bolwerk.Core.");
        using var reader = new StreamReader(stream);
        var states = new Dictionary<int, FlagState>();
        _ = reader.ReadLine(); // header: mid,alpha2,name
        while (reader.ReadLine() is { } line)
        {
            // Names contain no commas, so a plain split suffices for this fixed, embedded file.
            var fields = line.Split(',', 3);
            var mid = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture);
            var codes = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            states.Add(mid, new FlagState(mid, codes, fields[2]));
        }

        return states.ToFrozenDictionary();
    }
}
