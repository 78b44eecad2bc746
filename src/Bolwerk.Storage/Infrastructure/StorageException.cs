namespace Bolwerk.Storage.Infrastructure;

/// <summary>
/// A storage failure with the same shape on both engines, so callers (and the HTTP layer's
/// problem details) need not know SQLite's or PostgreSQL's error codes.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException(StorageErrorCode code, string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>What went wrong, in engine-neutral terms.</summary>
    public StorageErrorCode Code { get; }

    /// <summary>True when retrying the same operation may succeed (lock contention, lost connection, serialisation failure).</summary>
    public bool IsTransient { get; }
}

/// <summary>Engine-neutral storage error categories.</summary>
public enum StorageErrorCode
{
    /// <summary>Anything not classified below.</summary>
    Unknown,

    /// <summary>A unique key already exists.</summary>
    Conflict,

    /// <summary>A referenced row (organisation, user) does not exist.</summary>
    MissingReference,

    /// <summary>A CHECK or NOT NULL constraint refused the data.</summary>
    InvalidData,

    /// <summary>The database is busy or locked by another writer.</summary>
    Busy,

    /// <summary>The server could not be reached or the connection was lost.</summary>
    Unavailable,

    /// <summary>The schema is older or newer than this build, or an applied migration was changed.</summary>
    SchemaMismatch,

    /// <summary>The operation would change the append-only audit log.</summary>
    AppendOnlyViolation,
}
