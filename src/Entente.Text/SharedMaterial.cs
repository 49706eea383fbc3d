namespace Entente.Text;

/// <summary>
/// Finds the project's shared material — the source corpus, the ToTA treaties, the Akoma Ntoso schema — which is
/// kept beside the repository in <c>shared/</c>, never copied into it. <c>entente eval</c>, the benchmarks and the
/// tests all look for it the same way: <c>$ENTENTE_SHARED</c> when set, otherwise the <c>shared</c> folder next to
/// the repository that holds the running program (or the current folder).
/// </summary>
public static class SharedMaterial
{
    public const string EnvironmentVariable = "ENTENTE_SHARED";

    /// <summary>The shared folder, or null when there is none (a setting that names a missing folder counts as none).</summary>
    public static string? Locate()
    {
        // An explicit setting wins: quietly falling back to another folder would measure other texts than asked.
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        return BesideRepository(AppContext.BaseDirectory) ?? BesideRepository(Environment.CurrentDirectory);
    }

    /// <summary>A folder inside the shared material (<c>corpus</c>, <c>datasets/tota</c>…), or null when absent.</summary>
    public static string? Locate(string relative) =>
        Locate() is { } root && Path.Combine(root, relative) is var path && Directory.Exists(path) ? path : null;

    // Walks up to the repository root (the folder holding Entente.slnx) and looks beside it.
    private static string? BesideRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
