using System.Net;
using System.Net.Sockets;

namespace Bolwerk.Load;

/// <summary>
/// An AIS receiver on loopback: serves the lines of a file to the first client that connects
/// (`maritime ingest tcp://…`), at a fixed rate, from the start again when the file ends.
/// </summary>
internal sealed class PacedFeed(string file, int port, int linesPerSecond) : IDisposable
{
    // Listening from construction on, so the ingest may connect as soon as the generator says so.
    private readonly TcpListener _listener = Start(port);

    public long Sent { get; private set; }

    public void Dispose() => _listener.Dispose();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(file, cancellationToken);
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        await using var writer = new StreamWriter(client.GetStream()) { NewLine = "\r\n", AutoFlush = false };
        // Every 10 ms: send what the rate owes by the clock (so late ticks catch up instead of losing lines).
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var next = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var owed = (long)(clock.Elapsed.TotalSeconds * linesPerSecond) - Sent;
                for (; owed > 0; owed--)
                {
                    await writer.WriteLineAsync(lines[next]);
                    next = (next + 1) % lines.Length;
                    Sent++;
                }

                await writer.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static TcpListener Start(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }
}
