using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc.Security;

/// <summary>
/// The API keys, held as SHA-256 hashes and compared in constant time (<see cref="CryptographicOperations.FixedTimeEquals"/>
/// over every key, no early exit), so neither a key's length nor how much of it matches leaks through timing.
/// With no key configured it makes one and writes it to <see cref="GrpcOptions.GeneratedKeyFile"/> (readable by the owner only).
/// </summary>
internal sealed class ApiKeyRing
{
    private readonly List<(byte[] Hash, string Name, ApiKeyAccess Access)> _keys;

    public ApiKeyRing(IOptions<GrpcOptions> options, ILogger<ApiKeyRing> logger)
    {
        var o = options.Value;
        _keys = o.ApiKeys.Select(k => (Hash(k.Key), k.Name, k.Access)).ToList();
        if (_keys.Count == 0)
        {
            GeneratedKeyFile = Path.GetFullPath(o.GeneratedKeyFile);
            var key = Generate(GeneratedKeyFile);
            _keys.Add((Hash(key), "generated", ApiKeyAccess.ReadWrite));
            GrpcLog.KeyGenerated(logger, GeneratedKeyFile);
        }
    }

    /// <summary>The file the made key is in, or null when keys are configured.</summary>
    public string? GeneratedKeyFile { get; }

    /// <summary>The key's name and access, or null when <paramref name="presented"/> is not a key.</summary>
    public (string Name, ApiKeyAccess Access)? Find(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = Hash(presented);
        (string, ApiKeyAccess)? found = null;
        foreach (var (keyHash, name, access) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, keyHash))
            {
                found = (name, access);
            }
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Reuses the key already in the file (a restart keeps clients working), or writes a new random one.</summary>
    private static string Generate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= GrpcOptionsValidator.MinKeyLength)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, Encoding.ASCII, options))
        {
            writer.WriteLine(key);
        }

        return key;
    }
}
