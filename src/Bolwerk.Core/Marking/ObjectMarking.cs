namespace Bolwerk.Marking;

/// <summary>
/// The handling marking every stored object carries: its TLP label, the organisation that owns
/// it, and who else it has been released to.
/// </summary>
/// <param name="Tlp">The TLP 2.0 label.</param>
/// <param name="OwnerOrganisation">Id of the organisation that created and owns the object.</param>
/// <param name="SharedWithOrganisations">Further organisations an AMBER object has been released to (need to know).</param>
/// <param name="Recipients">User ids named as recipients of a RED object (the creator is always one).</param>
public sealed record ObjectMarking(
    Tlp Tlp,
    string OwnerOrganisation,
    IReadOnlyList<string> SharedWithOrganisations,
    IReadOnlyList<string> Recipients)
{
    /// <summary>A marking with no further releases.</summary>
    public static ObjectMarking Of(Tlp tlp, string ownerOrganisation, params string[] recipients) =>
        new(tlp, ownerOrganisation, [], recipients);
}
