namespace Bolwerk.Maritime.Snapshots;

/// <summary>
/// A snapshot that cannot be restored into this watch: written under other thresholds, layers or
/// watch list, by another format version, or damaged. The caller rebuilds the state from the
/// stream instead.
/// </summary>
public sealed class SnapshotRefusedException(string message, Exception? inner = null) : Exception(message, inner);
