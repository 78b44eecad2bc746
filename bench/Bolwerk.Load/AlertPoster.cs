using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Bolwerk.Load;

/// <summary>
/// Stores one alert a second over the API (the same path a detector on another machine uses), so
/// the stream's listeners have events to receive during the run; counts the ones stored.
/// </summary>
internal sealed class AlertPoster
{
    public int Posted { get; private set; }

    public int Failed { get; private set; }

    public async Task RunAsync(HttpClient http, string token, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var start = DateTimeOffset.UtcNow;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var n = Posted + Failed;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts")
                {
                    Content = JsonContent.Create(new
                    {
                        alerts = new[]
                        {
                            new
                            {
                                kind = "load.test", title = $"load test alert {n}", severity = "low", observedStart = start.AddSeconds(n),
                                location = new { latitude = 58.0, longitude = 20.0 }, subject = $"load:{n}", detector = "bench/load", tlp = "green",
                            },
                        },
                    }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request, stop);
                if (response.IsSuccessStatusCode)
                {
                    Posted++;
                }
                else
                {
                    Failed++;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
