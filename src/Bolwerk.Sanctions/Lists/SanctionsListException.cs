namespace Bolwerk.Sanctions.Lists;

/// <summary>A list file that cannot be read, with the file, the place (line, element) and the problem.</summary>
public sealed class SanctionsListException : Exception
{
    /// <summary>Creates the error.</summary>
    public SanctionsListException(string file, string place, string problem, Exception? inner = null)
        : base($"{file}: {place}: {problem}", inner)
    {
        File = file;
        Place = place;
        Problem = problem;
    }

    /// <summary>Creates an error without detail (for serializers and analyzers).</summary>
    public SanctionsListException()
        : this("?", "?", "unreadable list")
    {
    }

    /// <summary>Creates an error with a message only.</summary>
    public SanctionsListException(string message)
        : this("?", "?", message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    public SanctionsListException(string message, Exception inner)
        : this("?", "?", message, inner)
    {
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>Line and element (or row and column).</summary>
    public string Place { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
