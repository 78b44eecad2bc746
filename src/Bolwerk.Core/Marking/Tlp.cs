namespace Bolwerk.Marking;

/// <summary>
/// Traffic Light Protocol 2.0 labels (FIRST, 2022), ordered from least to most restrictive,
/// so that "the most restrictive wins" is <c>Math.Max</c>.
/// </summary>
public enum Tlp
{
    /// <summary>TLP:CLEAR — no limit on disclosure.</summary>
    Clear = 0,

    /// <summary>TLP:GREEN — the recipient's community, not public channels.</summary>
    Green = 1,

    /// <summary>TLP:AMBER — the recipient's organisation and its clients on a need-to-know basis.</summary>
    Amber = 2,

    /// <summary>TLP:AMBER+STRICT — the recipient's organisation only.</summary>
    AmberStrict = 3,

    /// <summary>TLP:RED — the named recipients only.</summary>
    Red = 4,
}
