using Bolwerk.Host.Maritime;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;

namespace Bolwerk.Tests.Maritime;

/// <summary>
/// The position writer behind `maritime ingest` and the demo: everything recorded from the feed's
/// thread is stored, in batches, while the feed runs; and when the database fails under it, the
/// feed's next record throws the database's error instead of waiting for room that never comes.
/// </summary>
public sealed class TrackRecorderTests
{
    private const long Start = 1_780_000_000_000;

    [Fact]
    public async Task Every_recorded_position_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var recorder = new TrackRecorder(new TrackStore(database.Database), CancellationToken.None);
        const int positions = 150_000; // more than the hand-off holds, so the feed waits for the writer
        await Task.Run(() =>
        {
            for (var i = 0; i < positions; i++)
            {
                recorder.Record((uint)(244_000_000 + (i % 50)), Point(i));
            }
        });

        (await recorder.CompleteAsync([], CancellationToken.None)).ShouldBe(positions);
        (await database.CountRowsAsync("vessel_positions")).ShouldBe(positions);
    }

    [Fact]
    public async Task A_database_that_fails_under_the_feed_stops_the_feed_with_its_error()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await database.ExecuteAsync("DROP TABLE vessel_positions");
        await using var recorder = new TrackRecorder(new TrackStore(database.Database), CancellationToken.None);

        var feed = Task.Run(() =>
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                recorder.Record(244_000_000, Point(i));
            }
        });

        var failure = await Should.ThrowAsync<Exception>(() => feed.WaitAsync(TimeSpan.FromSeconds(60)));
        failure.ShouldNotBeOfType<TimeoutException>("the feed must not wait for room the failed writer will never make");
        failure.ShouldNotBeAssignableTo<OperationCanceledException>("the database's error, not a cancellation that would end the command as if it succeeded");
        failure.Message.ShouldContain("vessel_positions");
    }

    private static TrackPoint Point(int i) => new(Start + (i * 1000L), 4.0 + (i % 1000 * 1e-4), 52.0, 10f, 90f, 90, 0);
}
