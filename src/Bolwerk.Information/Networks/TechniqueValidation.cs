using Bolwerk.Information.Disarm;

namespace Bolwerk.Information.Networks;

/// <summary>Which technique ids an analyst may tag with: current DISARM ids only, with a reason for everything else.</summary>
public static class TechniqueValidation
{
    /// <summary>Null when <paramref name="id"/> is a current DISARM technique; otherwise why not.</summary>
    public static string? Problem(string id, DisarmFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Techniques.ContainsKey(id))
        {
            return null;
        }

        if (framework.RetiredLinks.Any(l => l.Technique == id))
        {
            return $"{id} is a retired DISARM id (it appears only in old countermeasure links); tag with its current technique";
        }

        return id.StartsWith("T1", StringComparison.Ordinal)
            ? $"{id} looks like a MITRE ATT&CK id; DISARM techniques are T0xxx (see `bolwerk fimi disarm`)"
            : $"{id} is not a DISARM technique (see `bolwerk fimi disarm`)";
    }
}
