using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// A JetStream cluster of Debian's nats-server on loopback: N nodes with routes to each other,
/// each with its own store, started and killed (SIGKILL) as separate processes; one node is a
/// plain JetStream server.
/// </summary>
internal sealed class NatsCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly Process?[] _nodes;
    private readonly int[] _clientPorts;
    private readonly int[] _routePorts;
    private readonly int[] _monitorPorts;

    private NatsCluster(string directory, int size)
    {
        _directory = directory;
        _nodes = new Process?[size];
        _clientPorts = [.. Enumerable.Range(0, size).Select(_ => FreePort())];
        _routePorts = [.. Enumerable.Range(0, size).Select(_ => FreePort())];
        _monitorPorts = [.. Enumerable.Range(0, size).Select(_ => FreePort())];
    }

    /// <summary>Every node's client URL, comma-separated (as `--nats` takes them).</summary>
    public string Urls => string.Join(',', _clientPorts.Select(p => string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{p}")));

    /// <summary>Skips the test without nats-server, unless BOLWERK_REQUIRE_NATS=1 (CI), which makes its absence a failure.</summary>
    public static void SkipUnlessInstalled()
    {
        Skip.If(Executable() is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_NATS") != "1", "nats-server (Debian nats-server) is not installed");
        if (Executable() is null)
        {
            throw new InvalidOperationException("BOLWERK_REQUIRE_NATS=1 but nats-server is not installed");
        }
    }

    /// <summary>The nats-server executable, or null when it is not installed.</summary>
    public static string? Executable() =>
        new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists);

    /// <summary>Starts the nodes and waits until the cluster has elected its JetStream metadata leader.</summary>
    public static async Task<NatsCluster> StartAsync(string directory, int size)
    {
        var cluster = new NatsCluster(directory, size);
        for (var node = 0; node < size; node++)
        {
            cluster.Start(node);
        }

        // One node runs JetStream on its own (no cluster, no leader to elect).
        var ready = size == 1 ? "Server is ready" : "JetStream cluster new metadata leader";
        var deadline = Stopwatch.StartNew();
        while (!Enumerable.Range(0, size).Any(n => cluster.Log(n).Contains(ready, StringComparison.Ordinal)))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("the NATS cluster elected no JetStream leader within 60 s:\n" + cluster.Log(0));
            }

            await Task.Delay(100);
        }

        return cluster;
    }

    /// <summary>
    /// Stops a node where it stands (SIGSTOP): its connections stay open but nothing it was sent is
    /// read or answered — a hung server, or the moment before a crash with messages in flight.
    /// </summary>
    public void Freeze(int node)
    {
        var pid = _nodes[node]?.Id ?? throw new InvalidOperationException($"node n{node + 1} is not running");
        using var kill = Process.Start("kill", ["-STOP", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -STOP {pid} exited {kill.ExitCode}");
        }
    }

    /// <summary>Kills a node without warning (SIGKILL); a frozen node dies too.</summary>
    public void Kill(int node)
    {
        _nodes[node]?.Kill();
        _nodes[node]?.WaitForExit();
        _nodes[node]?.Dispose();
        _nodes[node] = null;
    }

    /// <summary>The node a client of this name is connected to (from each node's /connz monitoring page), or -1.</summary>
    public async Task<int> NodeServingAsync(string clientName)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var node = 0; node < _nodes.Length; node++)
        {
            if (_nodes[node] is null)
            {
                continue;
            }

            using var page = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_monitorPorts[node]}/connz")));
            if (page.RootElement.TryGetProperty("connections", out var connections) && connections.ValueKind == System.Text.Json.JsonValueKind.Array
                && connections.EnumerateArray().Any(c => c.TryGetProperty("name", out var name) && name.GetString() == clientName))
            {
                return node;
            }
        }

        return -1;
    }

    public string Log(int node)
    {
        var path = LogPath(node);
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    public ValueTask DisposeAsync()
    {
        for (var node = 0; node < _nodes.Length; node++)
        {
            Kill(node);
        }

        return ValueTask.CompletedTask;
    }

    private void Start(int node)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"n{node + 1}");
        var routes = string.Join(',', _routePorts.Where((_, i) => i != node).Select(p => string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{p}")));
        var info = new ProcessStartInfo(Executable() ?? throw new InvalidOperationException("nats-server is not installed"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        string[] clustered = _nodes.Length == 1 ? [] :
        [
            "--cluster_name", "bolwerk-test", "--cluster", string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{_routePorts[node]}"), "--routes", routes,
        ];
        foreach (var arg in new[]
        {
            "-a", "127.0.0.1", "-p", _clientPorts[node].ToString(CultureInfo.InvariantCulture),
            "--server_name", name, "-js", "-sd", Path.Combine(_directory, name),
            "-l", LogPath(node), "-m", _monitorPorts[node].ToString(CultureInfo.InvariantCulture),
        }.Concat(clustered))
        {
            info.ArgumentList.Add(arg);
        }

        _nodes[node] = Process.Start(info);
    }

    private string LogPath(int node) => Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"n{node + 1}.log"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
