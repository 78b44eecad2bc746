namespace Bolwerk.Response.Cases;

/// <summary>A command the case's rules refuse (an illegal transition, a decision without evidence …); nothing is recorded.</summary>
public sealed class CaseRuleException : Exception
{
    /// <summary>Creates the error.</summary>
    public CaseRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public CaseRuleException()
    {
    }

    /// <summary>Creates an error with its cause.</summary>
    public CaseRuleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
