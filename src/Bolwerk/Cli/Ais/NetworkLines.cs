using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>
/// Live AIS feeds: <c>tcp://host:port</c> connects as a client and reads lines until the peer
/// closes; <c>udp://address:port</c> listens and splits each datagram into lines (receivers
/// send one or several sentences per datagram).
/// </summary>
internal static class NetworkLines
{
    public static bool IsNetwork(string input) =>
        input.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("udp://", StringComparison.OrdinalIgnoreCase);

    public static IAsyncEnumerable<string> ReadAsync(string input, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(input, UriKind.Absolute, out var uri) || uri.Port <= 0)
        {
            throw new ArgumentException($"'{input}' is not tcp://host:port or udp://address:port.");
        }

        return uri.Scheme == "tcp" ? TcpAsync(uri, cancellationToken) : UdpAsync(uri, cancellationToken);
    }

    private static async IAsyncEnumerable<string> TcpAsync(Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, cancellationToken);
        using var reader = new StreamReader(client.GetStream(), Encoding.Latin1);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            yield return line;
        }
    }

    private static async IAsyncEnumerable<string> UdpAsync(Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var address = uri.Host is "" or "0.0.0.0" or "*" ? IPAddress.Any : IPAddress.Parse(uri.Host.Trim('[', ']'));
        using var udp = new UdpClient(new IPEndPoint(address, uri.Port));
        while (!cancellationToken.IsCancellationRequested)
        {
            var datagram = await udp.ReceiveAsync(cancellationToken);
            foreach (var line in Encoding.Latin1.GetString(datagram.Buffer).Split('\n'))
            {
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }
    }
}
