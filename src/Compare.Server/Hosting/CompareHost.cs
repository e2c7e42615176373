using Compare.Server.Analysis;
using Compare.Server.Grpc;
using Compare.Server.Stories;
using Compare.Server.Worker;
using Compare.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>Composes the host: configuration, services, the Kestrel endpoint and the gRPC endpoints. Program.cs and the tests start it the same way.</summary>
public static class CompareHost
{
    /// <summary>Builds the host; <paramref name="configure"/> lets a test replace settings or services before it is built.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        CompareConfiguration.Apply(builder.Configuration);
        builder.Services
            .AddCompareStorage()
            .AddCompareAnalysis()
            .AddCompareStories()
            .AddCompareWorker()
            .AddCompareGrpcHost();
        builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelSetup>();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapCompareGrpc();
        return app;
    }
}
