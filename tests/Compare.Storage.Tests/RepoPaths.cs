namespace Compare.Storage.Tests;

/// <summary>Locates the repository (the folder with Compare.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Compare.sln not found above " + AppContext.BaseDirectory);
    }
}
