namespace Bolwerk.Information.Coordination;

/// <summary>Strings to dense integer ids and back, so the detectors compare and hash integers.</summary>
public sealed class Interner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>The id of <paramref name="name"/>, assigned on first sight.</summary>
    public int Id(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _ids[name] = id;
            _names.Add(name);
        }

        return id;
    }

    /// <summary>The id of a name seen before, without assigning one.</summary>
    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);

    /// <summary>The name of <paramref name="id"/>.</summary>
    public string Name(int id) => _names[id];

    /// <summary>How many names are known.</summary>
    public int Count => _names.Count;
}
