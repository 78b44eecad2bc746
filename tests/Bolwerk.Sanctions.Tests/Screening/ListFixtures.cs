using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Screening;

namespace Bolwerk.Sanctions.Tests.Screening;

/// <summary>The real lists in the fixtures, read once and shared by the screening tests.</summary>
public static class ListFixtures
{
    private static readonly Lazy<IReadOnlyList<SanctionedEntity>> AllEntities = new(() =>
    [
        .. UnConsolidatedListReader.Read(Path("UN_consolidated_2026-02-27.xml")),
        .. OfacSdnCsvReader.Read(Path("ofac_sdn_csv_2021", "sdn.csv")),
        .. EuAnnexXliiReader.Read(Path("eu_annex_xlii_designated_vessels_2025-10-23.csv")).Vessels,
    ]);

    private static readonly Lazy<ScreeningIndex> SharedIndex = new(() => ScreeningIndex.Build(AllEntities.Value));

    /// <summary>UN 2026-02-27, OFAC SDN mid-2021 and EU Annex XLII 2025-10-23 together.</summary>
    public static IReadOnlyList<SanctionedEntity> Entities => AllEntities.Value;

    /// <summary>An index over <see cref="Entities"/> with the default options.</summary>
    public static ScreeningIndex Index => SharedIndex.Value;

    /// <summary>A fixture file's full path.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", "lists", .. parts]);

    /// <summary>An evaluation fixture's full path.</summary>
    public static string Eval(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "eval", file);
}
