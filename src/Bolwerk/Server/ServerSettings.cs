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

    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
