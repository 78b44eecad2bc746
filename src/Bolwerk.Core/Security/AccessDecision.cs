namespace Bolwerk.Security;

/// <summary>The outcome of an access check, with the reason in words for the audit log.</summary>
/// <param name="Allowed">True when access is granted.</param>
/// <param name="Reason">Why, e.g. "TLP:RED: not a named recipient".</param>
public readonly record struct AccessDecision(bool Allowed, string Reason)
{
    /// <summary>A grant.</summary>
    public static AccessDecision Allow(string reason) => new(true, reason);

    /// <summary>A refusal.</summary>
    public static AccessDecision Deny(string reason) => new(false, reason);
}
