namespace Entente.Tests.Support;

/// <summary>The repository the tests run from: the folder above the test binaries that holds Entente.slnx.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Entente.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Entente.slnx not found above " + AppContext.BaseDirectory);
    }
}
