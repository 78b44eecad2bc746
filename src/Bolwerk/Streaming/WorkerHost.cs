namespace Bolwerk.Host.Streaming;

/// <summary>
/// A worker's loop: once a second a round of <see cref="PartitionLeases"/>; a runner started for
/// every partition taken, stopped for every partition lost or given up (a partition given up is
/// released only once its runner has stopped, so two workers never run one partition by intent).
/// A runner that fails is stopped and its partition released for another attempt.
/// </summary>
internal sealed class WorkerHost(PartitionLeases leases, Func<int, PartitionRunner> createRunner, Func<int, string> laneName, Action<string> log)
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);
    private readonly Dictionary<int, (Task Task, CancellationTokenSource Stop)> _running = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                IReadOnlyList<int> lost, release, taken;
                try
                {
                    // A round that hangs (a server gone mid-call) is abandoned after a lease's lifetime.
                    using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    bounded.CancelAfter(AisStreamTopology.LeaseLifetime);
                    (lost, release, taken) = await leases.RoundAsync(_running.ContainsKey, bounded.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // A server going away: the client reconnects; leases not renewed for their
                    // lifetime lapse and a later round notices them lost.
                    log($"lease round failed ({e.Message}); retrying");
                    await Task.Delay(Round, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var partition in lost)
                {
                    log($"{laneName(partition)}: lease lost to another worker; stopping");
                    Stop(partition);
                }

                foreach (var partition in release.Where(_running.ContainsKey))
                {
                    if (!_running[partition].Stop.IsCancellationRequested)
                    {
                        log($"{laneName(partition)}: given up for a fair share");
                        Stop(partition);
                    }
                }

                foreach (var partition in taken)
                {
                    var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    _running[partition] = (Task.Run(() => createRunner(partition).RunAsync(stop.Token), CancellationToken.None), stop);
                }

                await ReapAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(Round, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the runners stop with the same token.
        }

        foreach (var partition in _running.Keys.ToList())
        {
            Stop(partition);
        }

        await ReapAsync(CancellationToken.None, waitAll: true).ConfigureAwait(false);
    }

    private void Stop(int partition)
    {
        if (_running.TryGetValue(partition, out var running))
        {
            running.Stop.Cancel();
        }
    }

    // Runners that ended: their partitions are released so another worker can take them at once.
    private async Task ReapAsync(CancellationToken cancellationToken, bool waitAll = false)
    {
        foreach (var (partition, (task, stop)) in _running.ToList())
        {
            if (waitAll)
            {
                await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None)).ConfigureAwait(false);
            }

            if (!task.IsCompleted)
            {
                continue;
            }

            if (task.IsFaulted && !stop.IsCancellationRequested)
            {
                log($"{laneName(partition)}: runner failed: {task.Exception!.GetBaseException().Message}");
            }

            _running.Remove(partition);
            stop.Dispose();
            await leases.ReleaseAsync(partition, cancellationToken).ConfigureAwait(false);
        }
    }
}
