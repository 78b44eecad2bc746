using System.Net.Http.Headers;

namespace Bolwerk.Load;

/// <summary>Listeners on the alert stream for the whole run: how many events reached them, and whether any stream broke.</summary>
internal sealed class SseListeners
{
    private long _events;
    private int _broken;

    public long Events => Interlocked.Read(ref _events);

    public int Broken => _broken;

    public async Task RunAsync(HttpClient http, string token, int listeners, CancellationToken stop)
    {
        await Task.WhenAll(Enumerable.Range(0, listeners).Select(async _ =>
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/stream");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
                while (await reader.ReadLineAsync(stop) is { } line)
                {
                    if (line.StartsWith("event: alert", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref _events);
                    }
                }

                Interlocked.Increment(ref _broken); // the server ended a stream before the run did
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _broken);
            }
        }));
    }
}
