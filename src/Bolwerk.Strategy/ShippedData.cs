using System.Reflection;

namespace Bolwerk.Strategy;

/// <summary>The data files embedded in Bolwerk.Strategy (data/strategy/, see data/SOURCES.md), as bytes.</summary>
public static class ShippedData
{
    /// <summary>The resource name of the strategy model.</summary>
    public const string Model = "Bolwerk.Strategy.Ivs.yaml";

    /// <summary>The resource name of the CRM 2023 supply shares.</summary>
    public const string CrmSupplyShares2023 = "Bolwerk.Strategy.CrmSupplyShares2023.csv";

    /// <summary>The resource name of the CRM 2023 global supply shares.</summary>
    public const string CrmGlobalSupplyShares2023 = "Bolwerk.Strategy.CrmGlobalSupplyShares2023.csv";

    /// <summary>The resource name of the supply-risk and economic-importance scores of every CRM assessment 2011–2023.</summary>
    public const string CrmCriticalityOverTime = "Bolwerk.Strategy.CrmCriticalityOverTime.csv";

    /// <summary>The resource name of the World Bank GDP table (current US$).</summary>
    public const string WorldBankGdp = "Bolwerk.Strategy.WorldBankGdp.csv";

    /// <summary>The bytes of an embedded file.</summary>
    public static byte[] Bytes(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"resource {resource} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An embedded file as text (UTF-8).</summary>
    public static StreamReader Reader(string resource) => new(new MemoryStream(Bytes(resource)));
}
