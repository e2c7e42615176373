using System.Net;
using Compare.Storage;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>Checks what data annotations cannot: that the address is an IP address, and that a split role has a shared database.</summary>
internal sealed class ServerOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var problems = new List<string>();
        if (!IPAddress.TryParse(options.Address, out _))
        {
            problems.Add($"{ServerOptions.SectionName}:{nameof(ServerOptions.Address)} '{options.Address}' is not an IP address (e.g. 127.0.0.1)");
        }

        if (options.Role != ServerRole.All && storage.Value.Provider != StorageProvider.Postgres)
        {
            problems.Add($"{ServerOptions.SectionName}:{nameof(ServerOptions.Role)} {options.Role} runs beside other processes on one database: " +
                $"set {StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}=Postgres and {StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)} " +
                "(SQLite serves one process: use --role all)");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
