namespace Bolwerk.Alerts;

/// <summary>How urgently an alert needs a human, ordered from least to most urgent.</summary>
public enum AlertSeverity
{
    /// <summary>For the record; no action expected.</summary>
    Info = 0,

    /// <summary>Worth a look when time allows.</summary>
    Low = 1,

    /// <summary>Look within the watch.</summary>
    Medium = 2,

    /// <summary>Look now.</summary>
    High = 3,

    /// <summary>Look now and inform the duty coordinator.</summary>
    Critical = 4,
}
