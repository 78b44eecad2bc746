namespace Bolwerk.Maritime.Infrastructure;

/// <summary>
/// Recognises what a feature is from the tags real layers carry (OpenStreetMap seamark and power
/// tags, EMODnet attributes, a plain "kind" or "type"), and failing that from the layer's file
/// name, so that users can load EMODnet, Rijkswaterstaat, OSM or their own files unchanged.
/// </summary>
public static class AssetKindRules
{
    /// <summary>The kind of a feature with <paramref name="properties"/> in the layer named <paramref name="layer"/>.</summary>
    public static AssetKind Infer(IReadOnlyDictionary<string, string> properties, string layer)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(layer);
        // An explicit kind first, then specific tags, then words in generic ones: OpenStreetMap has
        // power cables whose seamark says "pipeline_submarine" (way/1463695199), and power=cable wins.
        if (properties.TryGetValue("kind", out var explicitKind) && FromWord(explicitKind) is { } stated)
        {
            return stated;
        }

        if (properties.GetValueOrDefault("power") is "cable" || properties.GetValueOrDefault("seamark:type") is "cable_submarine")
        {
            return AssetKind.Cable;
        }

        if (properties.GetValueOrDefault("man_made") is "pipeline" || properties.ContainsKey("substance"))
        {
            return AssetKind.Pipeline;
        }

        if (properties.GetValueOrDefault("man_made") is "offshore_platform" || properties.ContainsKey("seamark:platform:category"))
        {
            return AssetKind.Platform;
        }

        if (properties.GetValueOrDefault("plant:source") is "wind" || properties.GetValueOrDefault("seamark:production_area:category") is "wind_farm"
            || properties.ContainsKey("n_turbines"))
        {
            return AssetKind.WindFarm;
        }

        foreach (var key in (string[])["type", "seamark:type", "infrastructure", "category"])
        {
            if (properties.TryGetValue(key, out var value) && FromWord(value) is { } kind)
            {
                return kind;
            }
        }

        return FromWord(layer) ?? AssetKind.Other;
    }

    // A word or file name that names a kind: "cable", "submarine_power_cables", "osm_tss", "Anchorage" …
    private static AssetKind? FromWord(string text)
    {
        var word = text.ToUpperInvariant();
        return word switch
        {
            _ when word.Contains("PIPELINE", StringComparison.Ordinal) => AssetKind.Pipeline,
            _ when word.Contains("CABLE", StringComparison.Ordinal) => AssetKind.Cable,
            _ when word.Contains("WIND", StringComparison.Ordinal) => AssetKind.WindFarm,
            _ when word.Contains("PLATFORM", StringComparison.Ordinal) || word.Contains("SUBSTATION", StringComparison.Ordinal) => AssetKind.Platform,
            _ when word.Contains("ANCHOR", StringComparison.Ordinal) => AssetKind.Anchorage,
            _ when word.Contains("SEPARATION", StringComparison.Ordinal) || word.Contains("TSS", StringComparison.Ordinal) => AssetKind.TrafficSeparation,
            _ when word.Contains("CHOKEPOINT", StringComparison.Ordinal) => AssetKind.Chokepoint,
            _ => null,
        };
    }
}
