using System.Diagnostics;
using System.Globalization;
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
/// acknowledged is sent again, in order, with the same ids.
/// </summary>
internal sealed class ObservationPublisher : IWatchInput, IAsyncDisposable
{
    private const int Window = 4096;
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private readonly NatsConnection _connection;
    private readonly AisStreamTopology _topology;
    private readonly ulong _run;
    private readonly double? _rate;
    private readonly ulong[] _sequences;
    private readonly Channel<Pending> _channel = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Window) { SingleReader = true, SingleWriter = true });
    private readonly string _inbox;
    private readonly Dictionary<long, Pending> _unacknowledged = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _space = new(Window, Window);
    private readonly Task _acks;
    private readonly Task _sender;
    private readonly CancellationTokenSource _stop;
    private long _nextReply;
    private long _lastStallCheck;

    public ObservationPublisher(NatsConnection connection, AisStreamTopology topology, ulong run, double? ratePerSecond, CancellationToken cancellationToken)
    {
        (_connection, _topology, _run, _rate) = (connection, topology, run, ratePerSecond);
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
        _acks = Task.Run(() => ReadAcksAsync(subscription, _stop.Token), CancellationToken.None);
        _sender = Task.Run(() => SendAsync(subscription, _stop.Token), CancellationToken.None);
    }

    /// <summary>Messages JetStream acknowledged as newly stored.</summary>
    public long Stored { get; private set; }

    /// <summary>Messages JetStream acknowledged as already stored (a resend, or a re-run of the same input).</summary>
    public long Duplicates { get; private set; }

    /// <summary>Messages sent again after their acknowledgement did not come.</summary>
    public long Resent { get; private set; }

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
        await _sender.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_sender, _acks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped with the command.
        }

        _stop.Dispose();
        _space.Dispose();
    }

    // Called on the decoder's thread: waits while the window is full (the decoder slows to the stream's pace).
    private void Enqueue(int partition, byte[] data)
    {
        var message = new Pending(_topology.Subject(partition), data,
            string.Create(CultureInfo.InvariantCulture, $"{_run:x16}-{partition}-{_sequences[partition]}"));
        while (!_channel.Writer.TryWrite(message))
        {
            _channel.Writer.WaitToWriteAsync(_stop.Token).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task SendAsync(Task<INatsSub<byte[]>> subscription, CancellationToken cancellationToken)
    {
        await subscription.ConfigureAwait(false);
        var paced = Stopwatch.StartNew();
        long sent = 0;
        await foreach (var message in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            // A full window waits for acknowledgements; if they stop coming, what is out is sent again.
            while (!await _space.WaitAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false))
            {
                await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
            }

            await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
            await PublishAsync(message, cancellationToken).ConfigureAwait(false);
            if (_rate is { } rate && ++sent / rate is var due && paced.Elapsed.TotalSeconds < due)
            {
                await Task.Delay(TimeSpan.FromSeconds(due) - paced.Elapsed, cancellationToken).ConfigureAwait(false);
            }
        }

        // Everything is sent: wait for the last acknowledgements, resending when they stall.
        while (Outstanding > 0)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            await ResendIfStalledAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _unacknowledged.Count;
            }
        }
    }

    private async Task PublishAsync(Pending message, CancellationToken cancellationToken)
    {
        var reply = Interlocked.Increment(ref _nextReply);
        lock (_gate)
        {
            message.SentAt = Stopwatch.GetTimestamp();
            message.FirstSentAt ??= message.SentAt;
            _unacknowledged[reply] = message;
        }

        var headers = new NatsHeaders { ["Nats-Msg-Id"] = message.Id };
        try
        {
            await _connection.PublishAsync(message.Subject, message.Data, headers, replyTo: string.Create(CultureInfo.InvariantCulture, $"{_inbox}.{reply}"), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (NatsException)
        {
            // Disconnected: the acknowledgement will not come and the message is sent again.
        }
    }

    // When the oldest message waits longer than the timeout, every unacknowledged message is sent
    // again in its original order (same ids: JetStream drops those it already has).
    private async Task ResendIfStalledAsync(CancellationToken cancellationToken)
    {
        // Acknowledgements that can no longer be read would only ever be waited for: fail with their reader's error.
        if (_acks.IsFaulted)
        {
            await _acks.ConfigureAwait(false);
        }

        // Looking for the oldest is a pass over the window: a few times a second is often enough.
        if (Stopwatch.GetElapsedTime(_lastStallCheck) < TimeSpan.FromMilliseconds(200))
        {
            return;
        }

        _lastStallCheck = Stopwatch.GetTimestamp();
        List<Pending> again;
        lock (_gate)
        {
            if (_unacknowledged.Count == 0 || Stopwatch.GetElapsedTime(_unacknowledged.Values.Min(m => m.SentAt)) < AckTimeout)
            {
                return;
            }

            again = [.. _unacknowledged.OrderBy(e => e.Key).Select(e => e.Value)];
            _unacknowledged.Clear();
        }

        if (again.Any(m => Stopwatch.GetElapsedTime(m.FirstSentAt!.Value) > GiveUpAfter))
        {
            throw new StreamUnavailableException($"JetStream has not acknowledged messages for {GiveUpAfter.TotalMinutes:0} minutes (stream {_topology.Stream})", new TimeoutException());
        }

        Resent += again.Count;
        foreach (var message in again)
        {
            await PublishAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadAcksAsync(Task<INatsSub<byte[]>> subscriptionTask, CancellationToken cancellationToken)
    {
        await using var subscription = await subscriptionTask.ConfigureAwait(false);
        await foreach (var ack in subscription.Msgs.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var reply = long.Parse(ack.Subject.AsSpan(_inbox.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (ack.Data is not { Length: > 0 } data || Acknowledged(data) is not { } duplicate)
            {
                continue; // an error or no-responders reply: the message stays and is sent again
            }

            lock (_gate)
            {
                if (!_unacknowledged.Remove(reply))
                {
                    continue; // a late answer to a message already sent again
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

        public long? FirstSentAt { get; set; }
    }
}
