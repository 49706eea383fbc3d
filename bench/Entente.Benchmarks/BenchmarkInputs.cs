using System.Text;
using System.Xml.Linq;
using Entente.Text;
using Entente.Text.Normalisation;
using Entente.Text.Tota;

namespace Entente.Benchmarks;

/// <summary>The texts benchmarked: the corpus and the ToTA treaties' rendered bodies, read from ../shared.</summary>
public static class BenchmarkInputs
{
    public const string Corpus = "corpus";
    public const string Tota = "tota";

    private static readonly Lazy<string> s_shared = new(Locate);

    /// <summary>The original bytes of each document.</summary>
    public static IReadOnlyList<byte[]> Bytes(string set) => set == Corpus
        ? [.. Directory.GetFiles(Path.Combine(s_shared.Value, "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
        : [.. Directory.GetFiles(Path.Combine(s_shared.Value, "datasets", "tota"), "*.xml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>Each document's text as the structure parser receives it: decoded, rendered (ToTA) and normalised.</summary>
    public static IReadOnlyList<string> NormalisedTexts(string set) => set == Corpus
        ? [.. Bytes(set).Select(bytes => TextNormaliser.Normalise(Encoding.UTF8.GetString(bytes)).Text)]
        : [.. Bytes(set).Select(bytes => TextNormaliser.Normalise(TotaImporter.RenderBody(XDocument.Load(new MemoryStream(bytes)).Root!.Element("body")!)).Text)];

    /// <summary>Size of the parsed text in UTF-8 megabytes (10^6 bytes), the unit of the MB/s column.</summary>
    public static double Megabytes(string set) => NormalisedTexts(set).Sum(text => (double)Encoding.UTF8.GetByteCount(text)) / 1_000_000;

    private static string Locate() =>
        SharedMaterial.Locate() ?? throw new DirectoryNotFoundException("../shared/ is not beside the repository; set ENTENTE_SHARED.");
}
