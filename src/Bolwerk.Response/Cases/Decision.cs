namespace Bolwerk.Response.Cases;

/// <summary>
/// A response decided by a person (never by the tool): the option, why, who decided, when, with
/// which partners, what follows, and whether the toolbox's prerequisites were met at the time.
/// </summary>
/// <param name="OptionId">The toolbox option decided on.</param>
/// <param name="Rationale">Why.</param>
/// <param name="Decider">Who decided (office or person).</param>
/// <param name="At">When.</param>
/// <param name="Partners">Partners coordinated with.</param>
/// <param name="FollowUp">What is to be done and watched next.</param>
/// <param name="ReviewOn">When to review the effect (YYYY-MM-DD), if set.</param>
/// <param name="PrerequisitesMissing">What the option engine reported missing when it was decided (empty when all were met).</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record Decision(
    string OptionId,
    string Rationale,
    string Decider,
    DateTimeOffset At,
    IReadOnlyList<string> Partners,
    string? FollowUp,
    string? ReviewOn,
    IReadOnlyList<string> PrerequisitesMissing,
    string RecordedBy);
