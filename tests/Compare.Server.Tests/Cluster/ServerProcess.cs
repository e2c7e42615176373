using System.Collections.Concurrent;
using System.Diagnostics;

namespace Compare.Server.Tests.Cluster;

/// <summary>
/// The server binary (<c>Compare.Server.dll</c>) as a child process with a role and settings, its console lines kept, so a
/// test can wait for what it logs and kill it (SIGKILL) the way a machine dies.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly StreamWriter _log;
    private bool _closed;

    private ServerProcess(string name, Process process, string folder)
    {
        Name = name;
        _process = process;
        LogPath = Path.Combine(folder, "console.log");
        _log = new StreamWriter(LogPath) { AutoFlush = true };
    }

    /// <summary>Where its console lines are written as well, for reading after a failure.</summary>
    public string LogPath { get; }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => [.. _lines];

    public static ServerProcess Start(string name, string role, string folder, IEnumerable<string> settings)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Compare.Server.dll"));
        start.ArgumentList.Add("--role");
        start.ArgumentList.Add(role);
        foreach (var setting in settings)
        {
            start.ArgumentList.Add("--" + setting);
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(name, process, folder);
        process.OutputDataReceived += (_, e) => server.Add(e.Data);
        process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                if (!_closed)
                {
                    _log.WriteLine(line);
                }
            }

            _lines.Enqueue(line);
            _signal.Release();
        }
    }

    /// <summary>Waits for a console line containing <paramref name="text"/>; fails naming the process and its last lines.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                if (_lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited ({_process.ExitCode}) before logging '{text}':\n{Tail()}");
                }

                await _signal.WaitAsync(TimeSpan.FromMilliseconds(200), limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not log '{text}' within {timeout}:\n{Tail()}");
        }
    }

    public bool Logged(string text) => _lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>The last lines of its console, for a failure message.</summary>
    public string Tail(int count = 40) => $"(all of it in {LogPath})\n" + string.Join('\n', _lines.TakeLast(count));

    /// <summary>SIGKILL: no shutdown code runs, as when the machine dies.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.Yield();
        _process.Dispose();
        _signal.Dispose();
        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }
}
