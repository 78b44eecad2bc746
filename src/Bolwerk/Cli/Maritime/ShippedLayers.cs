namespace Bolwerk.Host.Cli.Maritime;

/// <summary>The openly licensed layers Bolwerk ships in data/ (copied beside the executable), used when the user names none.</summary>
internal static class ShippedLayers
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "data", "maritime");

    /// <summary>The Baltic infrastructure layers (cables, anchorages, TSS, wind farms, platforms).</summary>
    public static string[] BalticInfrastructure => System.IO.Directory.GetFiles(Path.Combine(Directory, "infrastructure", "baltic"), "*.geojson").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The simplified Baltic shipping lanes.</summary>
    public static string BalticLanes => Path.Combine(Directory, "simulation", "baltic-lanes.geojson");
}
