using Bolwerk.Maritime.Infrastructure;

namespace Bolwerk.Maritime.Tests.Simulation;

/// <summary>The layers Bolwerk ships (linked into Fixtures/infrastructure from data/), without the test-only ones.</summary>
internal static class TestLayers
{
    private static readonly Lazy<IReadOnlyList<InfrastructureAsset>> ShippedLayers = new(() =>
        [.. Directory.GetFiles(Folder, "*.geojson")
            .Where(path => !Path.GetFileName(path).StartsWith("chokepoints", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("telegeography", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(AssetLayerReader.Read)]);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "infrastructure");

    public static IReadOnlyList<InfrastructureAsset> Shipped => ShippedLayers.Value;

    public static IReadOnlyList<InfrastructureAsset> Lanes => AssetLayerReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "simulation", "baltic-lanes.geojson"));
}
