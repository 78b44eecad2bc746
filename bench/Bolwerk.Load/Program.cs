using System.Globalization;
using System.Text.Json;
using Bolwerk.Load;

// bench/load.sh runs this against `bolwerk serve` on loopback:
//   Bolwerk.Load URL TOKEN CLIENTS SSE-LISTENERS SECONDS [FEED-FILE FEED-PORT LINES-PER-SECOND]
// and prints one JSON object: requests, throughput, latency per endpoint, failures, SSE events, feed.
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: Bolwerk.Load URL TOKEN CLIENTS SSE-LISTENERS SECONDS [FEED-FILE FEED-PORT LINES-PER-SECOND]");
    return 64;
}

var (url, token) = (new Uri(args[0]), args[1]);
var (clients, listeners, seconds) = (int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + listeners + 10, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = url,
    Timeout = TimeSpan.FromSeconds(60),
};

using var feedStop = new CancellationTokenSource();
using PacedFeed? feed = args.Length >= 8 ? new PacedFeed(args[5], int.Parse(args[6], CultureInfo.InvariantCulture), int.Parse(args[7], CultureInfo.InvariantCulture)) : null;
var feeding = feed?.RunAsync(feedStop.Token) ?? Task.CompletedTask;
if (feed is not null)
{
    Console.Error.WriteLine("feed listening; start the ingest now");
}

// The main read endpoints, on the simulated day the database holds.
string[] endpoints =
[
    "/api/v1/alerts?limit=50",
    "/api/v1/maritime/picture",
    "/api/v1/maritime/near?lon=20&lat=58&radius=20000&from=2026-03-01T00:00:00Z&to=2026-03-01T06:00:00Z",
    "/api/v1/cases",
    "/api/v1/strategy/status",
    "/api/v1/me",
];

var latencies = new Latencies();
var sse = new SseListeners();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var clock = System.Diagnostics.Stopwatch.StartNew();
var listening = sse.RunAsync(http, token, listeners, stop.Token);
var poster = new AlertPoster();
var posting = poster.RunAsync(http, token, stop.Token);
await ApiReaders.RunAsync(http, token, endpoints, clients, latencies, stop.Token);
var elapsed = clock.Elapsed.TotalSeconds;
await listening;
await posting;
await feedStop.CancelAsync();
try
{
    await feeding;
}
catch (OperationCanceledException)
{
    // No ingest connected before the end.
}

var (p50, p99) = latencies.Overall();
var result = new
{
    clients,
    seconds = Math.Round(elapsed, 1),
    requests = latencies.Count,
    requestsPerSecond = Math.Round(latencies.Count / elapsed, 0),
    p50Ms = Math.Round(p50, 1),
    p99Ms = Math.Round(p99, 1),
    endpoints = latencies.Summary().Select(e => new { e.Endpoint, e.Requests, p50Ms = Math.Round(e.P50, 1), p99Ms = Math.Round(e.P99, 1), maxMs = Math.Round(e.Max, 1) }),
    failures = latencies.Failures,
    sse = new { listeners, alertsPosted = poster.Posted, alertPostsFailed = poster.Failed, eventsReceived = sse.Events, expected = (long)poster.Posted * listeners, broken = sse.Broken },
    feed = feed is null ? null : new { linesSent = feed.Sent, linesPerSecond = Math.Round(feed.Sent / elapsed, 0) },
};
Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
return latencies.Failures.Count == 0 && sse.Broken == 0 && poster.Failed == 0 ? 0 : 1;
