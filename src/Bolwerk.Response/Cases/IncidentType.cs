namespace Bolwerk.Response.Cases;

/// <summary>What happened: the incident types the response framework distinguishes.</summary>
public enum IncidentType
{
    /// <summary>Damage to a submarine cable (power or telecommunications).</summary>
    CableSabotage,

    /// <summary>Damage to a pipeline.</summary>
    PipelineSabotage,

    /// <summary>A cyber attack.</summary>
    CyberAttack,

    /// <summary>A foreign information manipulation and interference campaign.</summary>
    FimiCampaign,

    /// <summary>An airspace violation or drone incursion.</summary>
    AirspaceViolation,

    /// <summary>Espionage.</summary>
    Espionage,

    /// <summary>Economic coercion.</summary>
    EconomicCoercion,

    /// <summary>A space incident: anti-satellite test, jamming, spoofing, close approach.</summary>
    SpaceIncident,

    /// <summary>A sanctions or shadow-fleet violation at sea.</summary>
    ShadowFleet,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The kebab-case names used in files, the API and the toolbox ("cable-sabotage").</summary>
public static class IncidentTypes
{
    /// <summary>The name of <paramref name="type"/>.</summary>
    public static string Name(this IncidentType type) => type switch
    {
        IncidentType.CableSabotage => "cable-sabotage",
        IncidentType.PipelineSabotage => "pipeline-sabotage",
        IncidentType.CyberAttack => "cyber-attack",
        IncidentType.FimiCampaign => "fimi-campaign",
        IncidentType.AirspaceViolation => "airspace-violation",
        IncidentType.Espionage => "espionage",
        IncidentType.EconomicCoercion => "economic-coercion",
        IncidentType.SpaceIncident => "space-incident",
        IncidentType.ShadowFleet => "shadow-fleet",
        _ => "other",
    };

    /// <summary>The type named <paramref name="name"/>.</summary>
    public static bool TryParse(string? name, out IncidentType type)
    {
        foreach (var candidate in Enum.GetValues<IncidentType>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = IncidentType.Other;
        return false;
    }
}
