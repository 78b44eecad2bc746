namespace Bolwerk.Sanctions.Model;

/// <summary>
/// One listed person, organisation, company, legal entity or vessel, in the FollowTheMoney (FtM)
/// model's terms so lists of every origin meet in one shape: the schema, names and aliases,
/// identifying facts, and the listing itself (programme, legal basis, date, reference).
/// </summary>
public sealed record SanctionedEntity
{
    /// <summary>Stable id within the source, e.g. "un-6907993".</summary>
    public required string Id { get; init; }

    /// <summary>FtM schema: Person, Organization, Company, LegalEntity or Vessel.</summary>
    public required string Schema { get; init; }

    /// <summary>The listed name(s) as written by the source.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>Good-quality aliases (FtM alias).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Low-quality aliases (FtM weakAlias): short or common names a matcher should trust less.</summary>
    public IReadOnlyList<string> WeakAliases { get; init; } = [];

    /// <summary>Birth dates as written: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public IReadOnlyList<string> BirthDates { get; init; } = [];

    /// <summary>"male" or "female" when the source states it.</summary>
    public string? Gender { get; init; }

    /// <summary>Nationalities as the source writes them.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Countries of address, residence or registration.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Identifiers: passport, national id, IMO, MMSI, registration number …</summary>
    public IReadOnlyList<EntityIdentifier> Identifiers { get; init; } = [];

    /// <summary>Addresses in one line each.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Links to other entities: ownership, directorship, family, association (FtM interval schemata).</summary>
    public IReadOnlyList<EntityRelation> Relations { get; init; } = [];

    /// <summary>Sanctions programme (e.g. "DPRK", "Al-Qaida", "RUSSIA-EO14024").</summary>
    public string? Programme { get; init; }

    /// <summary>Legal basis (resolution, regulation, executive order).</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Date first listed, as written (YYYY-MM-DD when known).</summary>
    public string? ListedOn { get; init; }

    /// <summary>The source's reference number (e.g. "CDi.001").</summary>
    public string? Reference { get; init; }

    /// <summary>Which list and version the entity came from.</summary>
    public required string Source { get; init; }
}

/// <summary>An identifying document or number.</summary>
/// <param name="Type">e.g. "Passport", "National Identification Number", "IMO", "MMSI".</param>
/// <param name="Value">The number as written.</param>
/// <param name="Country">Issuing country, when given.</param>
public sealed record EntityIdentifier(string Type, string Value, string? Country = null);

/// <summary>A link from one entity to another, as FtM's Ownership, Directorship, Family and Associate record them.</summary>
/// <param name="Kind">"owns", "owned by", "directs", "directed by", "family", "associate".</param>
/// <param name="OtherEntityId">The entity at the other end.</param>
/// <param name="Role">The role or relationship as stated ("Registered owner", "brother", "51%").</param>
public sealed record EntityRelation(string Kind, string OtherEntityId, string? Role = null);
