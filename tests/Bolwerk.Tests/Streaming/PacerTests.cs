using Bolwerk.Host.Streaming;
using Microsoft.Extensions.Time.Testing;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// `bolwerk ingest --rate`'s pacing: the wait after each message keeps the messages so far at
/// their due time, and is never negative — a negative wait passed to Task.Delay killed the
/// ingest's sender when it was exactly on pace (docs/streaming.md).
/// </summary>
public sealed class PacerTests
{
    [Fact]
    public void Ahead_of_pace_it_waits_the_difference_and_behind_it_does_not_wait()
    {
        var time = new FakeTimeProvider();
        var pacer = new Pacer(10, time);
        pacer.Next().ShouldBe(TimeSpan.FromMilliseconds(100), "the first item is due at 0.1 s");
        time.Advance(TimeSpan.FromMilliseconds(150));
        pacer.Next().ShouldBe(TimeSpan.FromMilliseconds(50), "the second at 0.2 s");
        time.Advance(TimeSpan.FromSeconds(1));
        pacer.Next().ShouldBe(TimeSpan.Zero, "behind: the third was due at 0.3 s");
        pacer.Next().ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Exactly_on_pace_or_a_tick_past_it_the_wait_is_zero_never_negative()
    {
        var time = new FakeTimeProvider();
        var pacer = new Pacer(12_000, time);
        var random = new Random(5);
        for (var i = 1; i <= 200_000; i++)
        {
            // Each item's due time, give or take a tick: where the old code could get a negative delay.
            var due = TimeSpan.FromSeconds(i / 12_000.0);
            var now = time.GetUtcNow() - time.Start;
            var target = due + TimeSpan.FromTicks(random.Next(-1, 3));
            if (target > now)
            {
                time.Advance(target - now);
            }

            var wait = pacer.Next();
            wait.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
            wait.ShouldBeLessThanOrEqualTo(TimeSpan.FromTicks(2));
        }
    }
}
