namespace Compare.Server.Hosting;

/// <summary>What one process of a deployment does (<c>--role</c>, or <c>Server:Role</c>).</summary>
public enum ServerRole
{
    /// <summary>Everything in one process: the worker and the gRPC API. The default, and the only role on SQLite.</summary>
    All,

    /// <summary>Crawls, groups and compares on the shared schedules (clustered Quartz), takes a share of every run's work; serves only gRPC health.</summary>
    Worker,

    /// <summary>Stateless gRPC API answering from the shared database; crawls it is asked for run on the workers.</summary>
    Api,
}
