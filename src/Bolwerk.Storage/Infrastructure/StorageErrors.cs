using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bolwerk.Storage.Infrastructure;

/// <summary>Translates engine exceptions into <see cref="StorageException"/>.</summary>
internal static class StorageErrors
{
    private const string AppendOnlyMarker = "append-only";

    public static StorageException Translate(Exception exception) => exception switch
    {
        StorageException storage => storage,
        SqliteException sqlite => FromSqlite(sqlite),
        PostgresException postgres => FromPostgres(postgres),
        NpgsqlException npgsql => new StorageException(StorageErrorCode.Unavailable, $"PostgreSQL is unavailable: {npgsql.Message}", npgsql.IsTransient, npgsql),
        SocketException socket => new StorageException(StorageErrorCode.Unavailable, $"Database connection failed: {socket.Message}", true, socket),
        DbException db => new StorageException(StorageErrorCode.Unknown, db.Message, db.IsTransient, db),
        _ => new StorageException(StorageErrorCode.Unknown, exception.Message, false, exception),
    };

    /// <summary>True for exceptions this class translates (so callers can filter in a catch).</summary>
    public static bool IsDatabaseError(Exception exception) => exception is DbException or SocketException;

    private static StorageException FromSqlite(SqliteException e)
    {
        // Extended result codes: https://sqlite.org/rescode.html
        var (code, transient) = e.SqliteExtendedErrorCode switch
        {
            2067 or 1555 => (StorageErrorCode.Conflict, false), // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY
            787 => (StorageErrorCode.MissingReference, false), // SQLITE_CONSTRAINT_FOREIGNKEY
            275 or 1299 => (StorageErrorCode.InvalidData, false), // SQLITE_CONSTRAINT_CHECK / _NOTNULL
            1811 when e.Message.Contains(AppendOnlyMarker, StringComparison.Ordinal) => (StorageErrorCode.AppendOnlyViolation, false), // _TRIGGER
            _ when e.SqliteErrorCode is 5 or 6 => (StorageErrorCode.Busy, true), // SQLITE_BUSY, SQLITE_LOCKED
            _ => (StorageErrorCode.Unknown, false),
        };
        return new StorageException(code, e.Message, transient, e);
    }

    private static StorageException FromPostgres(PostgresException e)
    {
        var code = e.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => StorageErrorCode.Conflict,
            PostgresErrorCodes.ForeignKeyViolation => StorageErrorCode.MissingReference,
            PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation => StorageErrorCode.InvalidData,
            PostgresErrorCodes.RaiseException when e.MessageText.Contains(AppendOnlyMarker, StringComparison.Ordinal) => StorageErrorCode.AppendOnlyViolation,
            PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure => StorageErrorCode.Busy,
            _ => StorageErrorCode.Unknown,
        };
        return new StorageException(code, e.MessageText, e.IsTransient, e);
    }
}
