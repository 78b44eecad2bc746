namespace Bolwerk.Host.Server;

/// <summary>How to run the server; filled from the command line.</summary>
public sealed record ServerSettings
{
    /// <summary>Connection string or SQLite path; null means bolwerk.db in the working directory.</summary>
    public string? Database { get; init; }

    /// <summary>Address to bind. Loopback by default: exposing Bolwerk is a deliberate act.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Largest accepted request body, in bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; init; } = true;

    /// <summary>Data the strategy monitor serves beside the shipped model and CRM study.</summary>
    public StrategySources Strategy { get; init; } = new(null, "NATO (edition not stated)", null);

    /// <summary>How long a web sign-in's token lives.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Sign-in attempts accepted per client address per minute; the rest are answered 429.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;

    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>The strategy data files the server reads at start (a file that cannot be read stops start-up, named).</summary>
/// <param name="NatoFile">NATO defence expenditure % of GDP table.</param>
/// <param name="NatoEdition">Its edition label.</param>
/// <param name="KielDirectory">A Kiel Ukraine Support Tracker release directory.</param>
public sealed record StrategySources(string? NatoFile, string NatoEdition, string? KielDirectory);
