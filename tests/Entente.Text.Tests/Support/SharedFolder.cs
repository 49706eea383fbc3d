namespace Entente.Text.Tests.Support;

/// <summary>
/// Finds <c>../shared/</c> (corpus, datasets, schemas) beside the repository. The texts there are not
/// ours and never copied in; tests that need them skip, saying why, when the folder is absent.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> s_root = new(SharedMaterial.Locate);

    public static string? Root => s_root.Value;

    public static string Corpus => Require("corpus");

    public static string Tota => Require(Path.Combine("datasets", "tota"));

    public static string Schemas => Require("schemas");

    /// <summary>The news-dev corpus: <c>docs/</c> and its gold files.</summary>
    public static string NewsDev => Require(Path.Combine("datasets", "news-dev"));

    /// <summary>
    /// Real articles with known syndicated copies, kept by the team for measuring duplicate detection (docs/sources.md
    /// gives the layout); not in <c>../shared</c> today.
    /// </summary>
    public static string Syndication => Require(Path.Combine("datasets", "syndication"));

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
}
