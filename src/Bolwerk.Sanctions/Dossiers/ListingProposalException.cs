namespace Bolwerk.Sanctions.Dossiers;

/// <summary>A listing proposal that cannot be used, naming the file, line and field.</summary>
public sealed class ListingProposalException : Exception
{
    /// <summary>Creates the error.</summary>
    public ListingProposalException(string file, long line, string field, string problem)
        : base($"{file}: line {line}, {field}: {problem}")
    {
    }

    /// <summary>Creates an error without detail.</summary>
    public ListingProposalException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ListingProposalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    public ListingProposalException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
