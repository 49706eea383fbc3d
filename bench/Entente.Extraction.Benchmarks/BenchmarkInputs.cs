using System.Xml.Linq;

namespace Entente.Extraction.Benchmarks;

/// <summary>Finds ../shared beside the repository and reads the texts the benchmarks run over.</summary>
public static class BenchmarkInputs
{
    public static string Shared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ENTENTE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && dir.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared")))
            {
                return Path.Combine(parent.FullName, "shared");
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")) && dir.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared")))
            {
                return Path.Combine(parent.FullName, "shared");
            }
        }

        throw new DirectoryNotFoundException("../shared/ is not beside the repository; set ENTENTE_SHARED to point at it.");
    }

    /// <summary>The body text (article text without the XML markup) of the first <paramref name="count"/> ToTA treaties.</summary>
    public static IReadOnlyList<string> Tota(int count) =>
        Directory.GetFiles(Path.Combine(Shared(), "datasets", "tota"), "pta_*.xml")
            .Order(StringComparer.Ordinal)
            .Take(count)
            .Select(f => string.Join('\n', XDocument.Load(f).Descendants().Where(e => !e.HasElements && e.Name.LocalName != "meta").Select(e => e.Value)))
            .ToList();
}
