using System.ComponentModel.DataAnnotations;

namespace Compare.Server.Hosting;

/// <summary>Where the host listens. Section <c>Server</c>.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    /// <summary>IP address to listen on. Default <c>127.0.0.1</c>: loopback only, h2c without TLS.</summary>
    [Required]
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 takes a free one (tests). Default 5000.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5000;

    /// <summary>
    /// What this process does: <see cref="ServerRole.All"/> (default), <see cref="ServerRole.Worker"/> or <see cref="ServerRole.Api"/>.
    /// Worker and Api need <c>Storage:Provider=Postgres</c>, the database every process of the deployment shares.
    /// </summary>
    public ServerRole Role { get; set; } = ServerRole.All;
}
