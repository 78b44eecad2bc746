namespace Bolwerk.Grading;

/// <summary>Admiralty code source reliability (NATO AJP-2.1), A best to F unknown.</summary>
public enum SourceReliability
{
    /// <summary>A — completely reliable.</summary>
    A = 1,

    /// <summary>B — usually reliable.</summary>
    B,

    /// <summary>C — fairly reliable.</summary>
    C,

    /// <summary>D — not usually reliable.</summary>
    D,

    /// <summary>E — unreliable.</summary>
    E,

    /// <summary>F — reliability cannot be judged.</summary>
    F,
}
