namespace Bolwerk.Sanctions.Lists;

/// <summary>The sanctions list formats Bolwerk reads, as recognised from a file's content.</summary>
public enum ListFormat
{
    /// <summary>Not a format Bolwerk recognises.</summary>
    Unknown,

    /// <summary>UN Security Council Consolidated List XML (<c>&lt;CONSOLIDATED_LIST&gt;</c>).</summary>
    UnConsolidatedXml,

    /// <summary>OFAC SDN (or consolidated non-SDN) legacy CSV set: sdn.csv with alt.csv and add.csv beside it.</summary>
    OfacLegacyCsv,

    /// <summary>EU Annex XLII designated vessels, the DMA CSV.</summary>
    EuAnnexXliiCsv,

    /// <summary>FollowTheMoney entities as JSON lines (OpenSanctions exports).</summary>
    FtmJsonLines,

    /// <summary>OFAC SDN.XML (<c>&lt;sdnList&gt;</c>).</summary>
    OfacSdnXml,

    /// <summary>EU Financial Sanctions Files XML (<c>&lt;export xmlns="http://eu.europa.ec/fpi/fsd/export"&gt;</c>).</summary>
    EuFsfXml,

    /// <summary>UK Sanctions List XML (<c>&lt;Designations&gt;</c>).</summary>
    UkSanctionsXml,
}
