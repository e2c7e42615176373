using Compare.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Server.Tests;

/// <summary>
/// The real host on a free loopback port with a temporary data folder (database and reports), started in-process.
/// </summary>
internal sealed class HostRun : IAsyncDisposable
{
    private HostRun(string folder, WebApplication app)
    {
        Folder = folder;
        App = app;
    }

    public string Folder { get; }

    public WebApplication App { get; }

    public string DatabasePath => Path.Combine(Folder, "data", "compare.db");

    public string ReportsPath => Path.Combine(Folder, "data", "reports");

    public Uri Address => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<HostRun> StartAsync(string? folder = null, Action<WebApplicationBuilder>? configure = null, params string[] settings)
    {
        folder ??= Directory.CreateTempSubdirectory("compare-host-").FullName;
        var args = new List<string>
        {
            "--Server:Port=0",
            $"--Storage:DatabasePath={Path.Combine(folder, "data", "compare.db")}",
            $"--Worker:ReportsPath={Path.Combine(folder, "data", "reports")}",
            $"--Crawler:ContentRoot={RepoPaths.Root}",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange(settings.Select(s => "--" + s));
        var app = CompareHost.Build([.. args], configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new HostRun(folder, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
