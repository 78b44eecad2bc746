namespace Bolwerk.Information.Posts;

/// <summary>A post file that cannot be read: the message names file, line and field.</summary>
public sealed class PostFileException : Exception
{
    /// <summary>Creates the error.</summary>
    public PostFileException(string message) : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public PostFileException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates an empty error (serialisation convention).</summary>
    public PostFileException()
    {
    }
}
