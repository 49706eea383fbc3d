namespace Entente.Text.Tests.Support;

/// <summary>
/// Finds <c>../shared/</c> (corpus, datasets, schemas) beside the repository. The texts there are not
/// ours and never copied in; tests that need them skip, saying why, when the folder is absent.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> s_root = new(Locate);

    public static string? Root => s_root.Value;

    public static string Corpus => Require("corpus");

    public static string Tota => Require(Path.Combine("datasets", "tota"));

    public static string Schemas => Require("schemas");

    public static string CorpusFile(string prefix)
    {
        var match = Directory.GetFiles(Corpus, prefix + "_*.txt").SingleOrDefault();
        Assert.SkipWhen(match is null, $"corpus document {prefix}_* is not in {Corpus}");
        return match!;
    }

    private static string Require(string relative)
    {
        var root = Root;
        Assert.SkipWhen(root is null, "../shared/ is not beside the repository (set ENTENTE_SHARED to point at it)");
        var path = Path.Combine(root!, relative);
        Assert.SkipUnless(Directory.Exists(path), $"{path} is absent");
        return path;
    }

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ENTENTE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Walk up from the test binaries to the repository root, then look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
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
