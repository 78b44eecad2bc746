namespace Bolwerk.Sanctions.Screening;

/// <summary>One listed entity a query matched, with the score and the reasons for it.</summary>
/// <param name="EntityId">The entity's id in its list ("un-6908555", "ofac-25147").</param>
/// <param name="Name">The entity's main name.</param>
/// <param name="Schema">Its FtM schema.</param>
/// <param name="Score">0–1; at or above the threshold to be reported.</param>
/// <param name="MatchedName">The name or alias of the entity that matched best.</param>
/// <param name="Programs">The sanctions programmes it is listed under.</param>
/// <param name="Explanation">Which words met, which identifiers agreed, which qualifiers lowered the score.</param>
/// <param name="Source">The list and version it came from.</param>
/// <param name="OfacScore">The OFAC-view score (0–100, best over the entity's names): what OFAC's own search would roughly show.</param>
public sealed record ScreeningMatch(
    string EntityId,
    string Name,
    string Schema,
    double Score,
    string MatchedName,
    IReadOnlyList<string> Programs,
    string Explanation,
    string Source,
    int OfacScore = 0);
