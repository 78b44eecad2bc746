using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bolwerk.Storage.Infrastructure;

/// <summary>
/// Reads a Bolwerk connection string and decides the engine: PostgreSQL for keyword strings
/// with Host= or for postgres:// URIs; SQLite for a file path or a Data Source= string.
/// </summary>
public static class DatabaseLocation
{
    /// <summary>The default: bolwerk.db in the working directory.</summary>
    public const string DefaultSqliteFile = "bolwerk.db";

    /// <summary>Works out the engine and a normalised, provider-ready connection string.</summary>
    /// <exception cref="ArgumentException">The string is empty or malformed; the message says which part.</exception>
    public static (StorageEngine Engine, string ConnectionString) Resolve(string? connectionString)
    {
        var text = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteFile : connectionString.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return (StorageEngine.Postgres, FromPostgresUri(text));
        }

        if (text.Contains('=', StringComparison.Ordinal))
        {
            if (HasKeyword(text, "host") || HasKeyword(text, "server"))
            {
                return (StorageEngine.Postgres, new NpgsqlConnectionStringBuilder(text).ConnectionString);
            }

            var sqlite = new SqliteConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(sqlite.DataSource))
            {
                throw new ArgumentException($"Connection string '{text}' names neither a PostgreSQL Host nor a SQLite Data Source.", nameof(connectionString));
            }

            return (StorageEngine.Sqlite, sqlite.ConnectionString);
        }

        return (StorageEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = text }.ConnectionString);
    }

    /// <summary>The same string with any password replaced, for logs and console output.</summary>
    public static string Redact(string connectionString)
    {
        var (engine, normalised) = Resolve(connectionString);
        if (engine == StorageEngine.Sqlite)
        {
            return normalised;
        }

        var builder = new NpgsqlConnectionStringBuilder(normalised);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            builder.Password = "***";
        }

        return builder.ConnectionString;
    }

    private static bool HasKeyword(string text, string keyword) =>
        text.Split(';').Any(part => part.Split('=', 2)[0].Trim().Equals(keyword, StringComparison.OrdinalIgnoreCase));

    private static string FromPostgresUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            // Not echoed: the URI may hold a password.
            throw new ArgumentException("The postgres:// connection URI is malformed: expected postgres://user:password@host:port/database.", nameof(text));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ConnectionString;
    }
}
