namespace Bolwerk.Maritime.Infrastructure;

/// <summary>An infrastructure layer that cannot be read; the message names the file and the place in it.</summary>
public sealed class AssetLayerException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> at <paramref name="place"/> (a JSON path or "line L, byte B").</summary>
    public AssetLayerException(string file, string place, string problem, Exception? inner = null)
        : base($"{file}: {place}: {problem}", inner)
    {
        File = file;
        Place = place;
        Problem = problem;
    }

    /// <summary>The layer file.</summary>
    public string File { get; }

    /// <summary>Where in it: a JSON path such as <c>features[12].geometry.type</c>, or a line and byte.</summary>
    public string Place { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
