using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.CompilerServices;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Decodes on the calling thread and runs a slow handler (a JSON or CSV writer) on a second
/// thread: the decoder's calls are recorded in batches (<see cref="AisCallRecording"/>) and
/// replayed in the same order, so the slow handler sees exactly what it would have seen on one
/// thread. With an inline handler (statistics, error reporting) the calls are split as
/// <see cref="AisHandlerPair"/> splits them: messages to the slow handler, errors and decoded
/// headers to the inline one, on the calling thread as lines are decoded.
/// </summary>
/// <remarks>
/// Measured on the million-line archive of bench/ais-vs-gpsdecode.sh (docs/performance.md): JSON
/// formatting is more than half of a line's cost, so on two cores the pipeline nearly halves the
/// wall time. Memory is bounded: at most <see cref="BatchesInFlight"/> batches of
/// <see cref="CallsPerBatch"/> calls exist. A failure in the slow handler (e.g. a closed output
/// pipe) stops the decoding and is rethrown on the calling thread, from <see cref="DecodeLine"/>,
/// <see cref="Complete"/> or <see cref="Drain"/>. Call <see cref="Complete"/> or <see cref="Drain"/>
/// before reading anything the slow handler produced.
/// </remarks>
public sealed class PipelinedAisDecoder : IAisLineDecoder, IDisposable
{
    /// <summary>Handler calls per hand-over.</summary>
    public const int CallsPerBatch = 4096;

    /// <summary>Batches that exist at once (being recorded, queued or replayed).</summary>
    public const int BatchesInFlight = 4;

    private readonly BlockingCollection<AisCallRecording> _full = new(BatchesInFlight);
    private readonly BlockingCollection<AisCallRecording> _free = new(BatchesInFlight);
    private readonly CancellationTokenSource _failed = new();
    private readonly Recorder _recorder;
    private readonly AisStreamDecoder _decoder;
    private readonly Thread _replayer;
    private ExceptionDispatchInfo? _failure;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates the pipeline and starts its replay thread.</summary>
    /// <param name="slowHandler">Runs on the replay thread, in order.</param>
    /// <param name="inlineHandler">Gets errors and decoded headers on the calling thread as lines are decoded; null sends them to the slow handler too.</param>
    /// <param name="messageTypes">Only these message types are decoded; null decodes all.</param>
    public PipelinedAisDecoder(AisMessageHandler slowHandler, AisMessageHandler? inlineHandler, IReadOnlySet<int>? messageTypes)
    {
        ArgumentNullException.ThrowIfNull(slowHandler);
        for (var i = 1; i < BatchesInFlight; i++)
        {
            _free.Add(new AisCallRecording());
        }

        _recorder = new Recorder(new AisCallRecording());
        _decoder = new AisStreamDecoder(inlineHandler is null ? _recorder : new AisHandlerPair(_recorder, inlineHandler)) { MessageTypes = messageTypes };
        _replayer = new Thread(() => Replay(slowHandler)) { IsBackground = true, Name = "AIS handler replay" };
        _replayer.Start();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void DecodeLine(ReadOnlySpan<char> line)
    {
        _decoder.DecodeLine(line);
        if (_recorder.Recording.Count >= CallsPerBatch)
        {
            HandOver();
        }
    }

    /// <inheritdoc/>
    public void Complete()
    {
        if (!_finished)
        {
            _decoder.Complete();
            Drain();
        }
    }

    /// <summary>
    /// Hands over what was recorded, waits until the slow handler has replayed all of it and stops
    /// the replay thread, without completing the stream (e.g. after a strict-mode error). Rethrows
    /// the slow handler's failure, if any.
    /// </summary>
    public void Drain()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_recorder.Recording.Count > 0 && _failure is null)
        {
            HandOver();
        }

        _full.CompleteAdding();
        _replayer.Join();
        _failure?.Throw();
    }

    /// <summary>Stops the replay thread (after what was handed over) if <see cref="Drain"/> was not called, e.g. when decoding failed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_finished)
        {
            _finished = true;
            _full.CompleteAdding();
            _replayer.Join();
        }

        _failed.Dispose();
        _full.Dispose();
        _free.Dispose();
    }

    private void HandOver()
    {
        try
        {
            _full.Add(_recorder.Recording, _failed.Token);
            _recorder.Recording = _free.Take(_failed.Token);
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
            _failure.Throw();
        }
    }

    private void Replay(AisMessageHandler handler)
    {
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable())
            {
                batch.Replay(handler);
                batch.Clear();
                _free.Add(batch);
            }
        }
#pragma warning disable CA1031 // any failure of the handler is handed to the calling thread, which rethrows it
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            _failed.Cancel();
        }
    }

    // Forwards to the batch being recorded; the hand-over swaps it.
    private sealed class Recorder(AisCallRecording recording) : AisCallForwarder
    {
        public AisCallRecording Recording { get; set; } = recording;

        protected override AisMessageHandler Target => Recording;
    }
}
