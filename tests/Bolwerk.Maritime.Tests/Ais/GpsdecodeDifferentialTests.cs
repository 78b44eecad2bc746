using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Bolwerk.Maritime.Tests.Ais;

/// <summary>
/// Runs Debian's gpsdecode (package gpsd-clients) on every fixture and compares its output with
/// Bolwerk's, so any disagreement with a live peer is visible. Skipped where gpsdecode is not
/// installed, unless BOLWERK_REQUIRE_GPSDECODE=1 (CI sets it), which makes that a failure.
/// </summary>
public sealed class GpsdecodeDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string> Inputs => new()
    {
        "gpsd/sample.aivdm", "gpsd/ais-18-27.log", "gpsd/ais-nmea.log", "gpsd/ais-nmea-type6-fid55.log",
        "gpsd/ais-raw-messages.log", "gpsd/ais_unpack_sixbit.log", "dma_aislib/stream_example.txt", "dma_aislib/ais250.txt",
        "dma_aislib/replay_dump.txt", "dma_aislib/decode_encode_messages.txt", "kystverket_no/Ais1000Lines.nm4",
        "libais/tagblock.nmea", "libais/test.aivdm", "libais/typeexamples.nmea", "pyais/examples_sample.ais",
        "pyais/tests_nmea_data_sample.txt", "pyais/examples_gatehouse.nmea", "pyais/tests_mixed.txt", "pyais/tests_timestamped.ais",
    };

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public async Task Decode_AgreesWithLiveGpsdecode(string input)
    {
        var gpsdecode = FindGpsdecode();
        Skip.If(gpsdecode is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_GPSDECODE") != "1", "gpsdecode (Debian gpsd-clients) is not installed");
        gpsdecode.ShouldNotBeNull("BOLWERK_REQUIRE_GPSDECODE=1 but gpsdecode is not on PATH");

        var gpsd = await RunGpsdecodeAsync(gpsdecode, AisFixtures.PathOf(input));
        var text = File.ReadAllText(AisFixtures.PathOf(input), System.Text.Encoding.Latin1);

        GpsdComparison.AssertAgreement(gpsd, text, output.WriteLine);
    }

    [SkippableFact]
    public async Task SimulatedTraffic_AgreesWithLiveGpsdecode()
    {
        var gpsdecode = FindGpsdecode();
        Skip.If(gpsdecode is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_GPSDECODE") != "1", "gpsdecode (Debian gpsd-clients) is not installed");
        gpsdecode.ShouldNotBeNull("BOLWERK_REQUIRE_GPSDECODE=1 but gpsdecode is not on PATH");

        // The simulator's own transmitter, judged by a peer: every report must read the same in gpsd.
        var (_, nmea) = Simulation.SimulatedDayTests.Simulate(new Bolwerk.Maritime.Simulation.SimulationOptions
        {
            Seed = 5, BackgroundVessels = 6, InstancesPerKind = 1, InstancesPerConfounder = 1, Duration = TimeSpan.FromHours(6),
        });
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, nmea);
        try
        {
            var gpsd = await RunGpsdecodeAsync(gpsdecode, file);
            gpsd.Count.ShouldBeGreaterThan(10_000);
            GpsdComparison.AssertAgreement(gpsd, nmea, output.WriteLine).Matched.ShouldBe(gpsd.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindGpsdecode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, "gpsdecode")).FirstOrDefault(File.Exists);

    private static async Task<List<JsonElement>> RunGpsdecodeAsync(string gpsdecode, string file)
    {
        var info = new ProcessStartInfo(gpsdecode, "-u -j") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var stdin = process.StandardInput.BaseStream)
        {
            await stdin.WriteAsync(await File.ReadAllBytesAsync(file));
        }

        await process.WaitForExitAsync();
        await stderr;
        return (await stdout).Split('\n')
            .Where(line => line.StartsWith("{\"class\":\"AIS\"", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }
}
