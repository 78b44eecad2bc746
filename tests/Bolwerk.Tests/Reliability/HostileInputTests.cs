using System.IO.Compression;
using System.Net;
using System.Text;
using Bolwerk.Host.Server;
using Bolwerk.Information.Posts;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Output;
using Bolwerk.Security;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Reliability;

/// <summary>
/// Inputs made to hurt (docs/reliability.md): a decompression bomb, a gigabyte without a newline,
/// invalid UTF-8, NaN and Infinity where coordinates go, times in 1970 and 2100 and beyond, and
/// duplicate JSON keys — each refused with a clear error or handled, in bounded memory.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const long Gigabyte = 1L << 30;
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-hostile-").FullName;

    [Fact]
    public void A_gzip_bomb_of_posts_one_gigabyte_without_a_newline_is_refused_in_bounded_memory()
    {
        var bomb = Path.Combine(_directory, "posts.jsonl.gz");
        using (var file = File.Create(bomb))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write("{\"id\":\"1\",\"account\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"text\":\""u8);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'A');
            for (var i = 0; i < Gigabyte / block.Length; i++)
            {
                gzip.Write(block);
            }
        }

        new FileInfo(bomb).Length.ShouldBeLessThan(10L << 20, "a bomb: small on disk");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = PostReader.Read(bomb, strict: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        read.Posts.ShouldBeEmpty();
        read.Skipped.ShouldHaveSingleItem().ShouldContain("line 1: longer than 1,048,576 characters");
        allocated.ShouldBeLessThan(256L << 20, "the gigabyte line is never held whole (a string of it would be 2 GB)");
        Should.Throw<PostFileException>(() => PostReader.Read(bomb, strict: true)).Message.ShouldContain(bomb);
    }

    [Fact]
    public void A_csv_of_posts_that_never_ends_its_first_field_is_refused_naming_the_file()
    {
        var path = Path.Combine(_directory, "posts.csv.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            var block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(block);
            }
        }

        var error = Should.Throw<PostFileException>(() => PostReader.Read(path, strict: false));
        error.Message.ShouldStartWith(path + ": line ");
        error.Message.ShouldContain("MaxFieldSize");
    }

    [Fact]
    public void An_ais_stream_of_one_gigabyte_without_a_newline_costs_time_not_memory()
    {
        var statistics = new AisStatistics();
        using var sink = new GpsdJsonWriter(Stream.Null, null);
        var decoder = new AisStreamDecoder(new AisHandlerPair(sink, statistics));
        var lines = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        AsciiLineReader.ReadLines(new EndlessBytes((byte)'!', Gigabyte), line =>
        {
            lines++;
            decoder.DecodeLine(line);
            return true;
        });
        decoder.Complete();

        lines.ShouldBe(1, "one line, cut at 4,096 characters and the rest skipped");
        statistics.Errors.ShouldBe(1);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64L << 20);
    }

    [Fact]
    public async Task NaN_and_Infinity_coordinates_and_duplicate_json_keys_are_400s_naming_the_field()
    {
        await using var server = await TestServer.StartAsync();
        var (analyst, _) = await server.UserAsync("ana", "kustwacht", Role.Analyst);
        foreach (var query in new[] { "lon=NaN&lat=59", "lon=20&lat=Infinity", "lon=-Infinity&lat=1e400" })
        {
            var near = await analyst.GetAsync(new Uri($"/api/v1/maritime/near?{query}&radius=1000&from=2024-12-25T00:00:00Z&to=2024-12-26T00:00:00Z", UriKind.Relative));
            var problem = await near.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
            problem.GetProperty("errors").TryGetProperty("lon,lat", out _).ShouldBeTrue(query);
        }

        var forensics = await analyst.GetAsync(new Uri("/api/v1/maritime/forensics?asset=submarine_power_cables%2361&at=2024-12-25T10:26:00Z&lon=NaN&lat=60", UriKind.Relative));
        await forensics.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        // Two "tlp" keys: which one would the server believe? Neither — the body is refused.
        using var duplicate = new StringContent("""{"title":"x","type":"other","domain":"other","tlp":"red","tlp":"clear"}""", Encoding.UTF8, "application/json");
        var refused = await analyst.PostAsync(new Uri("/api/v1/cases", UriKind.Relative), duplicate);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest)).GetProperty("detail").GetString()!.ShouldContain("tlp");
        (await analyst.GetStringAsync(new Uri("/api/v1/cases", UriKind.Relative))).ShouldBe("[]");
    }

    [Fact]
    public void Post_times_before_1970_or_beyond_9999_and_non_numbers_are_refused_but_1970_and_2100_are_read()
    {
        var path = Path.Combine(_directory, "times.csv");
        File.WriteAllText(path, "id,account,time\n1,a,0\n2,a,4102444800\n3,a,2100-01-01T00:00:00Z\n4,a,-1\n5,a,1e300\n6,a,NaN\n7,a,Infinity\n");
        var read = PostReader.Read(path, strict: false);
        read.Posts.Select(p => p.Id).ShouldBe(["1", "2", "3"]);
        read.Posts[0].TimeMs.ShouldBe(0);
        read.Posts[1].TimeMs.ShouldBe(read.Posts[2].TimeMs);
        read.Skipped.Count.ShouldBe(4);
        read.Skipped.ShouldAllBe(s => s.Contains("time"));
    }

    [Fact]
    public void Invalid_utf8_in_posts_is_read_as_replacement_characters_not_a_crash()
    {
        var path = Path.Combine(_directory, "utf8.jsonl");
        File.WriteAllBytes(path, [.. "{\"id\":\"1\",\"account\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"text\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}\n"u8]);
        var read = PostReader.Read(path, strict: false);
        (read.Posts.Count + read.Skipped.Count).ShouldBe(1);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A stream of <paramref name="length"/> copies of one byte, made as it is read.</summary>
    private sealed class EndlessBytes(byte value, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill(value);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
