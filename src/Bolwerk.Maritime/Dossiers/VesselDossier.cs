namespace Bolwerk.Maritime.Dossiers;

/// <summary>One value an identity field held under one MMSI, first and last seen.</summary>
public sealed record DossierIdentity(uint Mmsi, string Field, string Value, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>An alert about the vessel, as the dossier lists it.</summary>
public sealed record DossierAlert(string Kind, uint Mmsi, DateTimeOffset Start, DateTimeOffset End, string Title, string Explanation);

/// <summary>What is known of a vessel, gathered across the MMSIs its IMO number was reported under.</summary>
public sealed record DossierFacts
{
    /// <summary>The MMSIs (one, or all that reported the IMO).</summary>
    public required IReadOnlyList<uint> Mmsis { get; init; }

    /// <summary>The IMO number, when known.</summary>
    public int? Imo { get; init; }

    /// <summary>Every identity stretch under every MMSI (name, call sign, IMO, ship type, flag).</summary>
    public IReadOnlyList<DossierIdentity> Identities { get; init; } = [];

    /// <summary>Alerts about any of the MMSIs.</summary>
    public IReadOnlyList<DossierAlert> Alerts { get; init; } = [];

    /// <summary>The watch-list entry matched, in words, or null.</summary>
    public string? WatchListEntry { get; init; }
}

/// <summary>One risk factor: its value 0–1, its weight, and why.</summary>
public sealed record RiskFactor(string Name, double Value, double Weight, string Explanation);

/// <summary>The shadow-fleet risk score 0–1 with every factor that makes it.</summary>
public sealed record RiskAssessment(double Score, IReadOnlyList<RiskFactor> Factors);

/// <summary>A vessel dossier: the facts and the risk assessment drawn from them.</summary>
public sealed record VesselDossier(DossierFacts Facts, RiskAssessment Risk);
