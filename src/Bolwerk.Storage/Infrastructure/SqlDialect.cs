using System.Data.Common;
using System.Globalization;

namespace Bolwerk.Storage.Infrastructure;

/// <summary>
/// The few places the two engines differ at run time. Timestamps: PostgreSQL stores timestamptz;
/// SQLite stores fixed-width UTC ISO 8601 text, whose text order is time order.
/// </summary>
internal sealed class SqlDialect
{
    private const string SqliteTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly SqlDialect Sqlite = new(StorageEngine.Sqlite);
    private static readonly SqlDialect Postgres = new(StorageEngine.Postgres);

    private SqlDialect(StorageEngine engine) => Engine = engine;

    public StorageEngine Engine { get; }

    public static SqlDialect For(StorageEngine engine) => engine == StorageEngine.Sqlite ? Sqlite : Postgres;

    public object Timestamp(DateTimeOffset value) => Engine == StorageEngine.Sqlite
        ? value.UtcDateTime.ToString(SqliteTimestampFormat, CultureInfo.InvariantCulture)
        : value.ToUniversalTime();

    public object Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : DBNull.Value;

    public static DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset offset => offset.ToUniversalTime(),
        var other => throw new InvalidCastException($"Column {reader.GetName(ordinal)} holds {other.GetType().Name}, not a timestamp."),
    };

    public static DateTimeOffset? ReadNullableTimestamp(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTimestamp(reader, ordinal);
}
