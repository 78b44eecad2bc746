namespace Bolwerk.Maritime.WatchLists;

/// <summary>A watch list that cannot be read; the message names the file, the line and the column.</summary>
public sealed class WatchListException(string file, long line, string? column, string problem)
    : Exception(column is null ? $"{file}:{line}: {problem}" : $"{file}:{line}: {column}: {problem}")
{
    /// <summary>The list file.</summary>
    public string File { get; } = file;

    /// <summary>1-based line.</summary>
    public long Line { get; } = line;

    /// <summary>The column (as headed in the file), or null for the whole line.</summary>
    public string? Column { get; } = column;
}
