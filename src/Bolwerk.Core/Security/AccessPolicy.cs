using Bolwerk.Marking;

namespace Bolwerk.Security;

/// <summary>
/// Who may read a marked object, following TLP 2.0 inside one Bolwerk installation, where the
/// "community" is every organisation with users on it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CLEAR and GREEN: every authenticated user.</item>
/// <item>AMBER: members of the owner organisation and of the organisations it was released to.</item>
/// <item>AMBER+STRICT: members of the owner organisation only.</item>
/// <item>RED: the named recipients only, whatever their organisation or role.</item>
/// </list>
/// No role overrides the marking: an admin manages accounts, not need-to-know.
/// Pure and thread-safe.
/// </remarks>
public static class AccessPolicy
{
    /// <summary>Decides whether <paramref name="principal"/> may read an object marked <paramref name="marking"/>.</summary>
    public static AccessDecision CanRead(Principal principal, ObjectMarking marking)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(marking);
        var ownOrganisation = string.Equals(principal.OrganisationId, marking.OwnerOrganisation, StringComparison.Ordinal);
        return marking.Tlp switch
        {
            Tlp.Clear or Tlp.Green => AccessDecision.Allow($"{marking.Tlp.ToLabel()}: community"),
            Tlp.Amber when ownOrganisation || marking.SharedWithOrganisations.Contains(principal.OrganisationId, StringComparer.Ordinal)
                => AccessDecision.Allow("TLP:AMBER: owner or released-to organisation"),
            Tlp.Amber => AccessDecision.Deny("TLP:AMBER: organisation has no release"),
            Tlp.AmberStrict when ownOrganisation => AccessDecision.Allow("TLP:AMBER+STRICT: owner organisation"),
            Tlp.AmberStrict => AccessDecision.Deny("TLP:AMBER+STRICT: not the owner organisation"),
            Tlp.Red when marking.Recipients.Contains(principal.UserId, StringComparer.Ordinal) => AccessDecision.Allow("TLP:RED: named recipient"),
            Tlp.Red => AccessDecision.Deny("TLP:RED: not a named recipient"),
            _ => AccessDecision.Deny($"unknown marking {marking.Tlp}: treated as most restrictive"),
        };
    }

    /// <summary>Decides whether <paramref name="principal"/> may create or change objects.</summary>
    public static AccessDecision CanWrite(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasRole(Role.Analyst)
            ? AccessDecision.Allow($"role {principal.Role} writes")
            : AccessDecision.Deny($"role {principal.Role} is read-only");
    }
}
