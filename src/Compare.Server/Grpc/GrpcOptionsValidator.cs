using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc;

/// <summary>Checks the keys (named, long enough, distinct) and that a certificate file exists when one is named.</summary>
internal sealed class GrpcOptionsValidator : IValidateOptions<GrpcOptions>
{
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, GrpcOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                errors.Add($"{GrpcOptions.SectionName}:ApiKeys:{i}:Name is empty: name who holds the key");
            }

            if (key.Key.Length < MinKeyLength)
            {
                errors.Add($"{GrpcOptions.SectionName}:ApiKeys:{i}:Key ({key.Name}) is shorter than {MinKeyLength} characters");
            }
        }

        if (options.ApiKeys.GroupBy(k => k.Key, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add($"{GrpcOptions.SectionName}:ApiKeys: a key is given twice");
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
        {
            errors.Add($"{GrpcOptions.SectionName}:CertificatePath '{options.CertificatePath}' does not exist");
        }

        if (!string.IsNullOrWhiteSpace(options.CertificateKeyPath) && !File.Exists(options.CertificateKeyPath))
        {
            errors.Add($"{GrpcOptions.SectionName}:CertificateKeyPath '{options.CertificateKeyPath}' does not exist");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
