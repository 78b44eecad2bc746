using System.Diagnostics;
using System.Net.Http.Headers;

namespace Bolwerk.Load;

/// <summary>Clients that each read the main endpoints in turn, as fast as the server answers, and time every answer.</summary>
internal static class ApiReaders
{
    public static async Task RunAsync(HttpClient http, string token, IReadOnlyList<string> endpoints, int clients, Latencies latencies, CancellationToken stop)
    {
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var turn = client;
            while (!stop.IsCancellationRequested)
            {
                var endpoint = endpoints[turn++ % endpoints.Count];
                using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request, stop);
                    await response.Content.CopyToAsync(Stream.Null, stop);
                    if (response.IsSuccessStatusCode)
                    {
                        latencies.Record(Name(endpoint), clock.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        latencies.Fail(Name(endpoint), ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpRequestException e)
                {
                    latencies.Fail(Name(endpoint), e.Message);
                }
            }
        }));
    }

    private static string Name(string endpoint) => endpoint.Split('?')[0];
}
