using System.Text.RegularExpressions;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Versions;

/// <summary>
/// Names a list across its versions ("un-consolidated", "ofac-sdn", "eu-annex-xlii") so each
/// import is compared with the previous version of the same list, and reads the date a list
/// states for itself.
/// </summary>
public static partial class ListKeys
{
    /// <summary>The key of a list read in <paramref name="format"/>.</summary>
    public static string For(ListFormat format, IReadOnlyList<SanctionedEntity> entities) => format switch
    {
        ListFormat.UnConsolidatedXml => "un-consolidated",
        ListFormat.OfacLegacyCsv or ListFormat.OfacSdnXml => "ofac-sdn",
        ListFormat.EuAnnexXliiCsv => "eu-annex-xlii",
        ListFormat.EuFsfXml => "eu-fsf",
        ListFormat.UkSanctionsXml => "uk-sanctions",
        ListFormat.FtmJsonLines => "ftm-" + (entities.Count > 0 && entities[0].Source.StartsWith("FtM ", StringComparison.Ordinal) ? entities[0].Source[4..] : "unknown"),
        _ => "unknown",
    };

    /// <summary>The date (YYYY-MM-DD) in the entities' source, when the list states one.</summary>
    public static string? Published(IReadOnlyList<SanctionedEntity> entities) =>
        entities.Count > 0 && IsoDate().Match(entities[0].Source) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
