using System.Diagnostics;
using System.Text;

namespace Bolwerk.Tests.Support;

/// <summary>Runs the real bolwerk executable (bolwerk.dll beside the tests) as a child process.</summary>
internal sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string StandardOutput { get { lock (_gate) { return _stdout.ToString(); } } }

    public string StandardError { get { lock (_gate) { return _stderr.ToString(); } } }

    public static CliProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    private static CliProcess Start(string workingDirectory, string? input, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bolwerk.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("BOLWERK_DATABASE");
        var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        return new CliProcess(process);
    }

    /// <summary>Runs to completion (at most a minute) and returns exit code and output.</summary>
    public static Task<(int ExitCode, string Out, string Err)> RunAsync(string workingDirectory, params string[] args) => RunWithInputAsync(workingDirectory, null, args);

    /// <summary>As <see cref="RunAsync"/>, with <paramref name="input"/> on standard input (then closed).</summary>
    public static async Task<(int ExitCode, string Out, string Err)> RunWithInputAsync(string workingDirectory, string? input, params string[] args)
    {
        await using var process = Start(workingDirectory, input, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process._process.WaitForExitAsync(timeout.Token);
        process._process.WaitForExit(); // flushes the asynchronous output readers
        return (process._process.ExitCode, process.StandardOutput, process.StandardError);
    }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no handler runs, nothing is flushed — a crash.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits for the process to exit; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // flushes the asynchronous output readers
        return _process.ExitCode;
    }

    /// <summary>Waits until standard output contains a line matching <paramref name="predicate"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            var line = StandardOutput.Split('\n').FirstOrDefault(predicate);
            if (line is not null)
            {
                return line.Trim();
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"bolwerk exited with {_process.ExitCode}: {StandardError}");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching output within {timeout}. stdout: {StandardOutput} stderr: {StandardError}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            builder.AppendLine(line);
        }
    }
}
