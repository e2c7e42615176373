using System.Net;
using Microsoft.Extensions.Options;

namespace Compare.Server.Hosting;

/// <summary>Checks what data annotations cannot: that the address is an IP address.</summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options) =>
        IPAddress.TryParse(options.Address, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ServerOptions.SectionName}:{nameof(ServerOptions.Address)} '{options.Address}' is not an IP address (e.g. 127.0.0.1)");
}
