namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// One value an identity field held for a stretch of time: a new entry starts each time the
/// value changes, so a name that goes A → B → A shows as three entries (the flip-flop that gives
/// away two ships sharing one MMSI).
/// </summary>
public sealed class IdentityChange(string field, string value, DateTimeOffset firstSeen)
{
    /// <summary>"name", "callSign", "imo", "shipType" or "flag".</summary>
    public string Field { get; } = field;

    /// <summary>The value as text.</summary>
    public string Value { get; } = value;

    /// <summary>First report carrying this value in this stretch.</summary>
    public DateTimeOffset FirstSeen { get; } = firstSeen;

    /// <summary>Last report carrying it in this stretch.</summary>
    public DateTimeOffset LastSeen { get; internal set; } = firstSeen;
}
