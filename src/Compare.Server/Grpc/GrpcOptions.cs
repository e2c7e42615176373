using System.ComponentModel.DataAnnotations;
using Compare.Server.Grpc.Security;

namespace Compare.Server.Grpc;

/// <summary>The gRPC API: keys, limits and TLS. Section <c>Grpc</c>.</summary>
public sealed class GrpcOptions
{
    public const string SectionName = "Grpc";

    /// <summary>
    /// API keys, sent by clients in metadata <c>x-api-key</c>. Every call that changes state needs a key with
    /// <see cref="ApiKeyAccess.ReadWrite"/>. When none is configured, the server makes one at start and writes it to
    /// <see cref="GeneratedKeyFile"/>, so state-changing calls are never open.
    /// </summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>Whether read calls need a key too (any access). Default false: reads are open.</summary>
    public bool RequireKeyForReads { get; set; }

    /// <summary>Where the made key is written when <see cref="ApiKeys"/> is empty; relative to the current folder. Default <c>data/api-key</c>.</summary>
    [Required]
    public string GeneratedKeyFile { get; set; } = Path.Combine("data", "api-key");

    /// <summary>Largest request message in bytes; a larger one is refused with RESOURCE_EXHAUSTED. Default 4 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most articles in one inline Compare; more are refused with RESOURCE_EXHAUSTED. Default 20.</summary>
    [Range(2, 1000)]
    public int MaxInlineArticles { get; set; } = 20;

    /// <summary>Longest inline article text in characters; a longer one is refused with RESOURCE_EXHAUSTED. Default 100,000.</summary>
    [Range(100, 10_000_000)]
    public int MaxArticleChars { get; set; } = 100_000;

    /// <summary>Longest topic query or text filter in characters. Default 500.</summary>
    [Range(10, 100_000)]
    public int MaxQueryChars { get; set; } = 500;

    /// <summary>Articles per outlet a topic-query Compare takes, best matches first. Default 2.</summary>
    [Range(1, 50)]
    public int TopicArticlesPerOutlet { get; set; } = 2;

    /// <summary>Whether UpsertOutlet may add folder sources (files on the server's disk). Default false: PERMISSION_DENIED.</summary>
    public bool AllowFolderSources { get; set; }

    /// <summary>Certificate file (.pfx, or .pem with <see cref="CertificateKeyPath"/>) for TLS; empty for h2c (cleartext HTTP/2).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Private key file of a .pem certificate.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>Password of a .pfx certificate.</summary>
    public string? CertificatePassword { get; set; }
}
