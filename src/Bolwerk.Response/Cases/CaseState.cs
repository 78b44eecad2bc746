namespace Bolwerk.Response.Cases;

/// <summary>Where a case stands.</summary>
public enum CaseState
{
    /// <summary>Opened; facts being gathered.</summary>
    Open,

    /// <summary>Evidence being graded, attribution being assessed.</summary>
    Assessing,

    /// <summary>Response options before the coordinator.</summary>
    Deciding,

    /// <summary>Decided measures being carried out.</summary>
    Responding,

    /// <summary>Effects of the response being watched.</summary>
    Monitoring,

    /// <summary>Closed; may be reopened.</summary>
    Closed,
}

/// <summary>The allowed moves between states, and their names.</summary>
public static class CaseStates
{
    private static readonly HashSet<(CaseState, CaseState)> Allowed =
    [
        (CaseState.Open, CaseState.Assessing),
        (CaseState.Assessing, CaseState.Deciding),
        (CaseState.Assessing, CaseState.Closed), // nothing to answer: closed after assessment
        (CaseState.Deciding, CaseState.Assessing), // back for more assessment
        (CaseState.Deciding, CaseState.Responding),
        (CaseState.Responding, CaseState.Monitoring),
        (CaseState.Monitoring, CaseState.Deciding), // a further response
        (CaseState.Monitoring, CaseState.Closed),
        (CaseState.Closed, CaseState.Open), // reopen
    ];

    /// <summary>Whether a case may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(CaseState from, CaseState to) => Allowed.Contains((from, to));

    /// <summary>The states reachable from <paramref name="from"/>.</summary>
    public static IEnumerable<CaseState> Next(CaseState from) => Enum.GetValues<CaseState>().Where(to => CanMove(from, to));

    /// <summary>Lower-case name ("assessing").</summary>
    public static string Name(this CaseState state) => state.ToString().ToLowerInvariant();

    /// <summary>The state named <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParse(string? name, out CaseState state) => Enum.TryParse(name, ignoreCase: true, out state) && Enum.IsDefined(state);
}
