namespace Bolwerk.Maritime.Simulation;

/// <summary>What to simulate: how long, how busy, and how many of each injected behaviour.</summary>
public sealed record SimulationOptions
{
    /// <summary>Random seed: the same seed and layers give byte-identical output.</summary>
    public int Seed { get; init; } = 2027;

    /// <summary>Start of the simulated day (UTC).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Length of the simulation.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Background vessels sailing the lanes all day.</summary>
    public int BackgroundVessels { get; init; } = 260;

    /// <summary>Instances of each injected behaviour (variants rotate).</summary>
    public int InstancesPerKind { get; init; } = 6;

    /// <summary>Instances of each confounder (innocent look-alikes).</summary>
    public int InstancesPerConfounder { get; init; } = 6;

    /// <summary>Share of reports lost at random (collisions, fading).</summary>
    public double MessageLoss { get; init; } = 0.03;

    /// <summary>Innocent reception outages per vessel-hour (offshore coverage is patchy).</summary>
    public double OutagesPerHour { get; init; } = 0.2;

    /// <summary>An incident to replay from its published facts within the day (see <c>IncidentReplays.Names</c>), or null.</summary>
    public string? Incident { get; init; }

    /// <summary>Longest innocent reception outage.</summary>
    public TimeSpan LongestOutage { get; init; } = TimeSpan.FromMinutes(40);
}
