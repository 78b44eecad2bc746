using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading.Channels;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Tracking;
using NATS.Client.Core;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// `bolwerk ingest`'s end of the stream: every decoded observation numbered within its partition
/// and published to the partition's subject with a message id (run, partition, number), so
/// JetStream stores it once however often it is sent. Publishing is pipelined on one connection
/// (order within a partition is the order sent) and every message is held until JetStream
/// acknowledges it; when acknowledgements stop (a server gone, a leader moving), everything not
/// acknowledged is sent again, in order, with the same ids. When a message has waited
/// <see cref="GiveUpAfter"/> the publisher fails with <see cref="StreamUnavailableException"/> —
/// from the decoder's next message or from <see cref="CompleteAsync"/>, never a silent wait.
/// </summary>
internal sealed class ObservationPublisher : IWatchInput, IAsyncDisposable
{
    private const int Window = 4096;
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(4);
    private readonly NatsConnection _connection;
    private readonly AisStreamTopology _topology;
    private readonly ulong _run;
    private readonly Pacer? _pacer;
    private readonly ulong[] _sequences;
    private readonly Channel<Pending> _channel = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Window) { SingleReader = true, SingleWriter = true });
    private readonly string _inbox;
    private readonly Dictionary<long, Pending> _unacknowledged = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _space = new(Window, Window);
    private readonly Task _acks;
    private readonly Task _sender;
    private readonly Task _watchdog;
    private readonly CancellationTokenSource _stop;
    private ExceptionDispatchInfo? _failure;
    private long _nextReply;
    private long _sent;
    private long _lastStallCheck;
    private bool _recovering;

    public ObservationPublisher(NatsConnection connection, AisStreamTopology topology, ulong run, double? ratePerSecond, CancellationToken cancellationToken)
    {
        (_connection, _topology, _run) = (connection, topology, run);
        _pacer = ratePerSecond is { } rate ? new Pacer(rate, TimeProvider.System) : null;
        _sequences = new ulong[topology.Partitions];
        // Not under the connection's own inbox prefix: the client keeps that for its request/reply
        // and drops replies it did not ask for itself.
        _inbox = "_BOLWERK_ACK." + Guid.NewGuid().ToString("N");
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The client drops messages for a subscription whose queue is full (its default, 1,024): a
        // resend of a full window brings 4,096 acknowledgements at once, and dropped ones would be
        // sent again, and their acknowledgements dropped again. This queue holds two windows and
        // holds up the connection rather than drop.
        var acknowledgements = new NatsSubOpts { ChannelOpts = new NatsSubChannelOpts { Capacity = 2 * Window, FullMode = BoundedChannelFullMode.Wait } };
        var subscription = connection.SubscribeCoreAsync<byte[]>(_inbox + ".*", opts: acknowledgements, cancellationToken: _stop.Token).AsTask();
        _acks = Task.Run(() => OrFailAsync(ReadAcksAsync(subscription, _stop.Token)), CancellationToken.None);
        _sender = Task.Run(() => OrFailAsync(SendAsync(subscription, _stop.Token)), CancellationToken.None);
        _watchdog = Task.Run(() => WatchAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>Messages JetStream acknowledged as newly stored.</summary>
    public long Stored { get; private set; }

    /// <summary>Messages JetStream acknowledged as already stored (a resend, or a re-run of the same input).</summary>
    public long Duplicates { get; private set; }

    /// <summary>Messages sent again after their acknowledgement did not come.</summary>
    public long Resent { get; private set; }

    /// <summary>Messages published once so far (not counting resends).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Messages sent and not yet acknowledged.</summary>
    public int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _unacknowledged.Count;
            }
        }
    }

    /// <summary>How long a message may go unacknowledged, resends and all, before the publisher fails.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where the publisher says what it does about a stall (a resend), for the operator.</summary>
    public Action<string>? Log { get; init; }

    /// <inheritdoc />
    public void ObservePosition(uint mmsi, in TrackPoint point, bool classB)
    {
        var partition = MmsiPartitions.Of(mmsi, _topology.Partitions);
        Enqueue(partition, ObservationCodec.Position(_run, ++_sequences[partition], mmsi, point, classB));
    }

    /// <inheritdoc />
    public void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported)
    {
        var partition = MmsiPartitions.Of(mmsi, _topology.Partitions);
        Enqueue(partition, ObservationCodec.Identity(_run, ++_sequences[partition], mmsi, timeMs, reported));
    }

    /// <summary>Publishes an end of input on every partition, then waits until every message is acknowledged.</summary>
    public async Task CompleteAsync(bool endOfInput)
    {
        if (endOfInput)
        {
            for (var partition = 0; partition < _sequences.Length; partition++)
            {
                Enqueue(partition, ObservationCodec.EndOfInput(_run, ++_sequences[partition]));
            }
        }

        _channel.Writer.TryComplete();
        try
        {
            await _sender.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_failure is { } failure)
        {
            failure.Throw();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_sender, _acks, _watchdog).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failure was thrown to the caller already, from Enqueue or CompleteAsync; disposing only stops the tasks
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        _stop.Dispose();
        _space.Dispose();
    }

    // Called on the decoder's thread: waits while the window is full (the decoder slows to the stream's pace).
    private void Enqueue(int partition, byte[] data)
    {
        var message = new Pending(_topology.Subject(partition), data,
            string.Create(CultureInfo.InvariantCulture, $"{_run:x16}-{partition}-{_sequences[partition]}"));
        try
        {
            while (!_channel.Writer.TryWrite(message))
            {
                _channel.Writer.WaitToWriteAsync(_stop.Token).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) when (_failure is { } failure)
        {
            // The sender failed or gave up (and stopped the rest): its error, not a wait for room that never comes.
            failure.Throw();
        }
    }

    // The first failure is the publisher's; it stops the decoder's wait, the sender and the acknowledgements.
    private void Fail(Exception error)
    {
        Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(error), null);
        _stop.Cancel();
    }

    // The sender's or the acknowledgement reader's error becomes the publisher's: acknowledgements
    // that can no longer be read would otherwise only ever be waited for.
    private async Task OrFailAsync(Task work)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || _failure is null)
        {
            Fail(e);
            throw;
        }
    }

    private async Task SendAsync(Task<INatsSub<byte[]>> subscription, CancellationToken cancellationToken)
    {
        await subscription.ConfigureAwait(false);
        await foreach (var message in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            // A full window waits for acknowledgements; if they stop coming, what is out is sent again.
            while (!await _space.WaitAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false))
            {
                await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
            }

            await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
            await RecoverAsync(cancellationToken).ConfigureAwait(false);
            var reply = Interlocked.Increment(ref _nextReply);
            lock (_gate)
            {
                message.FirstSentAt = message.SentAt = Stopwatch.GetTimestamp();
                _unacknowledged[reply] = message;
            }

            await PublishAsync(reply, message, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
            if (_pacer?.Next() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        // Everything is sent: wait for the last acknowledgements, resending when they stall.
        while (Outstanding > 0)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // False when the connection did not take the message (disconnected, or its buffer stuck for the
    // client's command timeout): its acknowledgement will not come and it is sent again.
    private async Task<bool> PublishAsync(long reply, Pending message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            message.SentAt = Stopwatch.GetTimestamp();
        }

        var headers = new NatsHeaders { ["Nats-Msg-Id"] = message.Id };
        try
        {
            await _connection.PublishAsync(message.Subject, message.Data, headers, replyTo: string.Create(CultureInfo.InvariantCulture, $"{_inbox}.{reply}"), cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (NatsException)
        {
            return false;
        }
    }

    // When the oldest message waits longer than the timeout, every unacknowledged message is sent
    // again in its original order, under its original reply subject and id: JetStream drops those
    // it already has, and whichever acknowledgement of a message comes first settles it. A send the
    // connection refuses ends the round; the next round starts again from the oldest, so no round
    // sends a later message of a partition before an earlier one.
    private async Task ResendIfStalledAsync(CancellationToken cancellationToken)
    {
        // Looking for the oldest is a pass over the window: a few times a second is often enough.
        if (Stopwatch.GetElapsedTime(_lastStallCheck) < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        _lastStallCheck = Stopwatch.GetTimestamp();
        List<KeyValuePair<long, Pending>> again;
        lock (_gate)
        {
            if (_unacknowledged.Count == 0 || Stopwatch.GetElapsedTime(_unacknowledged.Values.Min(m => m.SentAt)) < AckTimeout)
            {
                return;
            }

            again = [.. _unacknowledged.OrderBy(e => e.Key)];
        }

        _recovering = true;
        Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"no acknowledgement for {AckTimeout.TotalSeconds:0} s (connection {_connection.ConnectionState}, server {_connection.ServerInfo?.Name ?? "none"}): sending {again.Count} messages again"));
        foreach (var (reply, message) in again)
        {
            lock (_gate)
            {
                if (!_unacknowledged.ContainsKey(reply))
                {
                    continue; // acknowledged meanwhile
                }
            }

            Resent++;
            if (!await PublishAsync(reply, message, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    // After a resend, nothing new goes out until everything sent before is acknowledged: a new
    // message stored while an older one of its partition still waits for its next resend (a
    // leader still being elected takes the first resend and answers nothing) would put the
    // partition out of order, and the worker would count the older one missing and then drop it
    // as a repeat. Seen once in the cluster test on a busy machine (2,702 messages resent twice).
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        while (_recovering)
        {
            if (Outstanding == 0)
            {
                _recovering = false;
                return;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Apart from the sender, so that a publish held up by the connection cannot hold up giving up.
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            int waiting;
            lock (_gate)
            {
                if (_unacknowledged.Count == 0 || Stopwatch.GetElapsedTime(_unacknowledged.Values.Min(m => m.FirstSentAt)) < GiveUpAfter)
                {
                    continue;
                }

                waiting = _unacknowledged.Count;
            }

            Fail(new StreamUnavailableException(string.Create(CultureInfo.InvariantCulture,
                $"JetStream has not acknowledged messages for {GiveUpAfter.TotalSeconds:0} s (stream {_topology.Stream}; {Stored + Duplicates} acknowledged, {waiting} not)"), new TimeoutException()));
            return;
        }
    }

    private async Task ReadAcksAsync(Task<INatsSub<byte[]>> subscriptionTask, CancellationToken cancellationToken)
    {
        await using var subscription = await subscriptionTask.ConfigureAwait(false);
        await foreach (var ack in subscription.Msgs.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            Settle(ack);
        }
    }

    private void Settle(NatsMsg<byte[]> ack)
    {
        var reply = long.Parse(ack.Subject.AsSpan(_inbox.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        if (ack.Data is not { Length: > 0 } data || Acknowledged(data) is not { } duplicate)
        {
            return; // an error or no-responders reply: the message stays and is sent again
        }

        lock (_gate)
        {
            if (!_unacknowledged.Remove(reply))
            {
                return; // the second answer to a message sent again
            }

            if (duplicate)
            {
                Duplicates++;
            }
            else
            {
                Stored++;
            }
        }

        _space.Release();
    }

    // A JetStream publish acknowledgement: {"stream":..,"seq":..,"duplicate":true?} or {"error":{..}}.
    private static bool? Acknowledged(byte[] data)
    {
        using var document = JsonDocument.Parse(data);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("error", out _) || !root.TryGetProperty("seq", out _))
        {
            return null;
        }

        return root.TryGetProperty("duplicate", out var duplicate) && duplicate.ValueKind == JsonValueKind.True;
    }

    private sealed class Pending(string subject, byte[] data, string id)
    {
        public string Subject { get; } = subject;

        public byte[] Data { get; } = data;

        public string Id { get; } = id;

        public long SentAt { get; set; }

        public long FirstSentAt { get; set; }
    }
}
