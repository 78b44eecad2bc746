namespace Bolwerk.Information.Coordination;

/// <summary>The signals of coordinated behaviour Bolwerk detects.</summary>
public enum CoordinationKind
{
    /// <summary>The same post reposted by different accounts within the window (co-retweet).</summary>
    CoShare,

    /// <summary>The same canonical link posted within the window.</summary>
    CoLink,

    /// <summary>Replies to the same post within the window.</summary>
    CoReply,

    /// <summary>Near-identical texts within the window.</summary>
    CoText,

    /// <summary>Accounts linked by two or more of the signals above.</summary>
    Multi,
}

/// <summary>The names used on the command line and in output.</summary>
public static class CoordinationKinds
{
    /// <summary>"co-share", "co-link", "co-reply", "co-text", "multi".</summary>
    public static string Name(this CoordinationKind kind) => kind switch
    {
        CoordinationKind.CoShare => "co-share",
        CoordinationKind.CoLink => "co-link",
        CoordinationKind.CoReply => "co-reply",
        CoordinationKind.CoText => "co-text",
        _ => "multi",
    };

    /// <summary>The kind named <paramref name="name"/>.</summary>
    public static bool TryParse(string name, out CoordinationKind kind)
    {
        foreach (var k in Enum.GetValues<CoordinationKind>())
        {
            if (k.Name() == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
