using System.Text.Json;

namespace Bolwerk.Host.Api.Fimi;

/// <summary>A stored detection run.</summary>
public sealed record FimiRunDto(string Id, DateTimeOffset CreatedAt, string CreatedBy, string OwnerOrganisation, string Tlp, int Posts, int Networks, JsonElement Parameters, JsonElement Inputs);

/// <summary>A network in a run's listing, with the standing DISARM decisions.</summary>
public sealed record FimiNetworkSummaryDto(string Id, int Sequence, string Kind, int Accounts, double Score, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Confirmed, IReadOnlyList<string> Rejected);

/// <summary>A run with its networks.</summary>
public sealed record FimiRunDetailDto(FimiRunDto Run, IReadOnlyList<FimiNetworkSummaryDto> Networks);

/// <summary>An analyst decision on a technique.</summary>
public sealed record TechniqueTagDto(string Technique, string Decision, string Analyst, DateTimeOffset At, string? Note);

/// <summary>A suggested technique with its countermeasures.</summary>
public sealed record DisarmSuggestionDto(string Id, string Name, string Tactic, string Reason, IReadOnlyList<string> Countermeasures);

/// <summary>A network: as detected (the `fimi detect --format jsonl` object), its suggestions, the standing decisions and their history.</summary>
public sealed record FimiNetworkDto(string Id, string RunId, string Tlp, JsonElement Network, IReadOnlyList<DisarmSuggestionDto> Suggestions, IReadOnlyList<TechniqueTagDto> Current, IReadOnlyList<TechniqueTagDto> History);

/// <summary>Confirm or reject a DISARM technique for a network.</summary>
/// <param name="Technique">DISARM technique id, e.g. T0049.003.</param>
/// <param name="Decision">"confirm" or "reject".</param>
/// <param name="Note">Why.</param>
public sealed record TechniqueTagRequest(string Technique, string Decision, string? Note);
