using Entente.Text;
using System.Xml.Linq;

namespace Entente.Extraction.Benchmarks;

/// <summary>Finds ../shared beside the repository and reads the texts the benchmarks run over.</summary>
public static class BenchmarkInputs
{
    public static string Shared() =>
        SharedMaterial.Locate() ?? throw new DirectoryNotFoundException("../shared/ is not beside the repository; set ENTENTE_SHARED to point at it.");

    /// <summary>The body text (article text without the XML markup) of the first <paramref name="count"/> ToTA treaties.</summary>
    public static IReadOnlyList<string> Tota(int count) =>
        Directory.GetFiles(Path.Combine(Shared(), "datasets", "tota"), "pta_*.xml")
            .Order(StringComparer.Ordinal)
            .Take(count)
            .Select(f => string.Join('\n', XDocument.Load(f).Descendants().Where(e => !e.HasElements && e.Name.LocalName != "meta").Select(e => e.Value)))
            .ToList();
}
