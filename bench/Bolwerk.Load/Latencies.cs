using System.Collections.Concurrent;

namespace Bolwerk.Load;

/// <summary>Response times per endpoint (milliseconds) and failures, from many tasks at once.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public void Record(string endpoint, double milliseconds) => _times.GetOrAdd(endpoint, _ => []).Add(milliseconds);

    public void Fail(string endpoint, string why) => _failures.AddOrUpdate($"{endpoint}: {why}", 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Failures => _failures;

    public long Count => _times.Values.Sum(b => (long)b.Count);

    /// <summary>Per endpoint: requests, p50, p99, max.</summary>
    public IEnumerable<(string Endpoint, int Requests, double P50, double P99, double Max)> Summary() =>
        _times.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
        {
            var sorted = e.Value.Order().ToArray();
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            return (e.Key, sorted.Length, At(0.50), At(0.99), sorted[^1]);
        });

    /// <summary>All requests together.</summary>
    public (double P50, double P99) Overall()
    {
        var sorted = _times.Values.SelectMany(b => b).Order().ToArray();
        return sorted.Length == 0 ? (0, 0) : (sorted[(int)(0.5 * sorted.Length)], sorted[Math.Min(sorted.Length - 1, (int)(0.99 * sorted.Length))]);
    }
}
