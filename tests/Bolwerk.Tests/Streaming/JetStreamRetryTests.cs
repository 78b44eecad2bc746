using Bolwerk.Host.Streaming;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// Which JetStream refusals are asked again: a cluster that cannot answer yet (no leader, no
/// reply) or that has not heard from all its peers yet ("no suitable peers for placement", seen a
/// moment after the test cluster formed); not a configuration JetStream refuses for good.
/// </summary>
public sealed class JetStreamRetryTests
{
    [Theory]
    [InlineData(503, 10008, true)]
    [InlineData(400, JetStreamRetry.NoSuitablePeers, true)]
    [InlineData(400, 10058, false)] // stream name already in use with a different configuration
    [InlineData(404, 10059, false)] // stream not found
    public void Transient_refusals_are_asked_again_and_answers_are_not(int code, int errCode, bool transient) =>
        JetStreamRetry.IsTransient(new NatsJSApiException(new ApiError { Code = code, ErrCode = errCode, Description = "test" })).ShouldBe(transient);

    [Fact]
    public async Task A_transient_refusal_is_asked_again_until_the_caller_stops()
    {
        var calls = 0;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        await Should.ThrowAsync<OperationCanceledException>(() => JetStreamRetry.RunAsync<int>("create stream S", () =>
        {
            calls++;
            throw new NatsJSApiException(new ApiError { Code = 400, ErrCode = JetStreamRetry.NoSuitablePeers, Description = "no suitable peers for placement" });
        }, cancel.Token));
        calls.ShouldBeGreaterThan(3, "asked again every 250 ms until cancelled");
    }
}
