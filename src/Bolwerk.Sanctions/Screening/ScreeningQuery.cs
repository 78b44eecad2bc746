namespace Bolwerk.Sanctions.Screening;

/// <summary>
/// What to screen: a name, and whatever else is known (schema, country, birth date, IMO number,
/// MMSI). Only the name is required.
/// </summary>
public sealed record ScreeningQuery
{
    /// <summary>The caller's id for the query; output names the query by it, or by the name when absent.</summary>
    public string? Id { get; init; }

    /// <summary>The name to screen, in any script.</summary>
    public required string Name { get; init; }

    /// <summary>FtM schema: Person, Organization, Company, LegalEntity or Vessel; absent means any.</summary>
    public string? Schema { get; init; }

    /// <summary>Country as an ISO 3166-1 alpha-2 code or a name (nationality, registration or address).</summary>
    public string? Country { get; init; }

    /// <summary>Birth date (or year of build) as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? BirthDate { get; init; }

    /// <summary>IMO ship or company number (7 digits, "IMO" prefix allowed).</summary>
    public string? Imo { get; init; }

    /// <summary>MMSI (9 digits).</summary>
    public string? Mmsi { get; init; }

    /// <summary>How the query is named in results: its id, else its name.</summary>
    public string Label => string.IsNullOrEmpty(Id) ? Name : Id;
}
