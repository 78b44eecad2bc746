namespace Bolwerk.Grading;

/// <summary>Admiralty code information credibility (NATO AJP-2.1), 1 confirmed to 6 unknown.</summary>
public enum InformationCredibility
{
    /// <summary>1 — confirmed by other sources.</summary>
    Confirmed = 1,

    /// <summary>2 — probably true.</summary>
    ProbablyTrue = 2,

    /// <summary>3 — possibly true.</summary>
    PossiblyTrue = 3,

    /// <summary>4 — doubtful.</summary>
    Doubtful = 4,

    /// <summary>5 — improbable.</summary>
    Improbable = 5,

    /// <summary>6 — truth cannot be judged.</summary>
    CannotBeJudged = 6,
}
