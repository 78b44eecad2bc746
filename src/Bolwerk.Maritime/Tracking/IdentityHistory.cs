using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Tracking;

/// <summary>Every value each identity field of one vessel has held, in order.</summary>
public sealed class IdentityHistory
{
    private readonly List<IdentityChange> _changes = [];

    /// <summary>All stretches, oldest first, across fields.</summary>
    public IReadOnlyList<IdentityChange> Changes => _changes;

    /// <summary>
    /// Records that <paramref name="field"/> was reported as <paramref name="value"/> at
    /// <paramref name="time"/>. Returns how the report relates to the field's history.
    /// </summary>
    public IdentityObservation Observe(string field, string value, DateTimeOffset time)
    {
        IdentityChange? current = null;
        var returnsToEarlier = false;
        for (var i = _changes.Count - 1; i >= 0; i--)
        {
            var change = _changes[i];
            if (change.Field != field)
            {
                continue;
            }

            if (current is null)
            {
                current = change;
                if (change.Value == value)
                {
                    if (time > change.LastSeen)
                    {
                        change.LastSeen = time;
                    }

                    return IdentityObservation.Unchanged;
                }
            }
            else if (change.Value == value)
            {
                returnsToEarlier = true;
                break;
            }
        }

        _changes.Add(new IdentityChange(field, value, time));
        return current is null ? IdentityObservation.First
            : returnsToEarlier ? IdentityObservation.ReturnedToEarlierValue
            : IdentityObservation.Changed;
    }

    /// <summary>How many stretches <paramref name="field"/> has had (1 = never changed).</summary>
    public int StretchCount(string field) => _changes.Count(change => change.Field == field);

    /// <summary>The values <paramref name="field"/> has held, oldest first, without repeats.</summary>
    public IReadOnlyList<string> DistinctValues(string field) =>
        [.. _changes.Where(change => change.Field == field).Select(change => change.Value).Distinct(StringComparer.Ordinal)];

    internal void WriteTo(WatchStateWriter writer) =>
        writer.WriteAll(_changes, change =>
        {
            writer.Write(change.Field);
            writer.Write(change.Value);
            writer.Write(change.FirstSeen);
            writer.Write(change.LastSeen);
        });

    internal void ReadFrom(WatchStateReader reader)
    {
        _changes.Clear();
        _changes.AddRange(reader.ReadAll(() => new IdentityChange(reader.ReadString(), reader.ReadString(), reader.ReadInstant()) { LastSeen = reader.ReadInstant() }, minimumItemBytes: 18));
    }
}

/// <summary>How a reported identity value relates to what the vessel reported before.</summary>
public enum IdentityObservation
{
    /// <summary>First value of this field.</summary>
    First,

    /// <summary>Same as the current value.</summary>
    Unchanged,

    /// <summary>A value never reported before.</summary>
    Changed,

    /// <summary>A value the field held earlier, then left: A → B → A.</summary>
    ReturnedToEarlierValue,

}
