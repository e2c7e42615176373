using Compare.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Compare.Server.Tests.Hosting;

public sealed class RoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("worker")]
    [InlineData("api")]
    public async Task Start_SplitRoleOnSqlite_FailsNamingTheStorageSettings(string role)
    {
        var folder = Directory.CreateTempSubdirectory("compare-role-").FullName;
        try
        {
            var app = CompareHost.Build(["--role", role, "--Server:Port=0", $"--Storage:DatabasePath={Path.Combine(folder, "compare.db")}",
                "--Logging:LogLevel:Default=None"]);
            await using (app)
            {
                var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));
                Assert.Contains("Server:Role", error.Message, StringComparison.Ordinal);
                Assert.Contains("Storage:Provider=Postgres", error.Message, StringComparison.Ordinal);
                Assert.Contains("--role all", error.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Build_UnknownRole_SaysWhichRolesThereAre()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CompareHost.Build(["--role", "scheduler", "--Server:Port=0"]));

        Assert.Equal("--role / Server:Role 'scheduler' is not a role: use all, worker or api", error.Message);
    }

    [Theory]
    [InlineData(new string[0], ServerRole.All)]
    [InlineData(new[] { "--role", "WORKER" }, ServerRole.Worker)]
    [InlineData(new[] { "--role", "api" }, ServerRole.Api)]
    [InlineData(new[] { "--Server:Role=Worker" }, ServerRole.Worker)]
    public void Role_CommandLine_IsRead(string[] args, ServerRole expected)
    {
        var configuration = new ConfigurationManager();
        configuration.AddCommandLine(args);
        CompareConfiguration.Apply(configuration, args);

        Assert.Equal(expected, CompareConfiguration.Role(configuration));
    }
}
