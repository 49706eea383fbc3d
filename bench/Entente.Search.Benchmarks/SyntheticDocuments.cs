using System.Text;
using System.Xml.Linq;
using Entente.Text.Normalisation;
using Entente.Text.Tota;

namespace Entente.Search.Benchmarks;

/// <summary>
/// As many documents as asked, cut from the corpus and the ToTA treaties in ../shared: each is a run of
/// consecutive paragraphs of one source, starting further in each time the sources come round again, so
/// the documents differ while keeping real treaty language.
/// </summary>
public sealed class SyntheticDocuments
{
    private const int ParagraphsPerDocument = 6;
    private const int MaxDocumentLength = 4000;

    private readonly List<(string Name, string[] Paragraphs)> _sources;

    private SyntheticDocuments(List<(string Name, string[] Paragraphs)> sources) => _sources = sources;

    public int SourceCount => _sources.Count;

    /// <summary>Reads the sources from <paramref name="shared"/>; null when the folder holds none.</summary>
    public static SyntheticDocuments? Load(string shared)
    {
        var corpus = Path.Combine(shared, "corpus");
        var tota = Path.Combine(shared, "datasets", "tota");
        var sources = new List<(string, string[])>();
        if (Directory.Exists(corpus))
        {
            sources.AddRange(Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), Paragraphs(File.ReadAllText(f)))));
        }

        if (Directory.Exists(tota))
        {
            sources.AddRange(Directory.GetFiles(tota, "*.xml").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), Paragraphs(TotaImporter.RenderBody(XDocument.Load(f).Root!.Element("body")!)))));
        }

        sources.RemoveAll(s => s.Item2.Length == 0);
        return sources.Count == 0 ? null : new SyntheticDocuments(sources);
    }

    /// <summary>Document <paramref name="index"/>: a title and its text.</summary>
    public (string Title, string Text) Get(int index)
    {
        var (name, paragraphs) = _sources[index % _sources.Count];
        var round = index / _sources.Count;
        var start = (round * ParagraphsPerDocument) % paragraphs.Length;
        var text = new StringBuilder();
        for (var i = 0; i < ParagraphsPerDocument && text.Length < MaxDocumentLength; i++)
        {
            text.AppendLine(paragraphs[(start + i) % paragraphs.Length]);
        }

        var body = text.Length > MaxDocumentLength ? text.ToString(0, MaxDocumentLength) : text.ToString();
        return ($"{name} part {round + 1}", body);
    }

    private static string[] Paragraphs(string text) =>
        [.. TextNormaliser.Normalise(text).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length >= 40)];
}
