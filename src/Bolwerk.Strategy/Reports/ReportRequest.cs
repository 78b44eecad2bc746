namespace Bolwerk.Strategy.Reports;

/// <summary>What a report is made from: the date, the format and the data given on the command line or the API.</summary>
/// <param name="AsOf">Status as of this date.</param>
/// <param name="Format">"html" or "md".</param>
/// <param name="NatoFile">NATO defence expenditure % GDP table, if given.</param>
/// <param name="NatoEdition">Its edition label.</param>
/// <param name="KielDirectory">Kiel Ukraine Support Tracker release directory, if given.</param>
/// <param name="CrmFiles">Further CRM supply-share tables with the year each describes.</param>
/// <param name="ShippedCrm">Whether to read the shipped 2023 CRM study.</param>
/// <param name="ModelFile">A model file instead of the shipped model, if given.</param>
/// <param name="SipriFile">SIPRI military expenditure % of GDP (OWID long form), for the NATO cross-check.</param>
/// <param name="SipriEdition">Its edition label.</param>
public sealed record ReportRequest(DateOnly AsOf, string Format, string? NatoFile, string NatoEdition, string? KielDirectory, IReadOnlyList<(string File, int Year)> CrmFiles,
    bool ShippedCrm = true, string? ModelFile = null, string? SipriFile = null, string SipriEdition = "SIPRI (edition not stated)");
