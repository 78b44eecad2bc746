using Bolwerk.Security;

namespace Bolwerk.Storage.Accounts;

/// <summary>The lowercase role names stored in the database and typed on the command line.</summary>
public static class RoleNames
{
    /// <summary>"viewer", "analyst", "coordinator" or "admin".</summary>
    public static string ToName(this Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Analyst => "analyst",
        Role.Coordinator => "coordinator",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Parses a role name in any case.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(candidate.ToName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Parses a stored role name.</summary>
    /// <exception cref="FormatException">Not a role name.</exception>
    public static Role Parse(string text) =>
        TryParse(text, out var role) ? role : throw new FormatException($"'{text}' is not a role: expected viewer, analyst, coordinator or admin.");
}
