using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Entente.Text.Reading;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tota;

/// <summary>
/// Reads a treaty of the ToTA corpus: its metadata become hints (title, parties, signing date,
/// language) and its body is rendered as the plain text a reader of the treaty would see, one
/// chapter heading, article number, article title and paragraph per line.
/// </summary>
public static class TotaImporter
{
    public static ReadResult Import(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root!;
        var meta = root.Element("meta");
        var body = root.Element("body");
        if (meta is null || body is null)
        {
            return ReadResult.Failed(MediaTypes.Tota, IngestionErrors.MalformedXml, "A ToTA treaty needs <meta> and <body>.");
        }

        var parties = new List<string>();
        foreach (var code in PartyCodes(meta))
        {
            var alpha2 = CountryTable.Alpha2FromAlpha3(code.Value.Trim());
            if (alpha2 is not null && !parties.Contains(alpha2))
            {
                parties.Add(alpha2);
            }
        }

        var hints = new DocumentHints
        {
            Title = NullIfBlank(meta.Element("name")?.Value),
            Language = NullIfBlank(meta.Element("language")?.Value),
            Kind = DocumentKinds.Agreement,
            SignedOn = ParseDate(meta.Element("date_signed")?.Value),
            Parties = parties,
        };

        return new ReadResult { Text = RenderBody(body), MediaType = MediaTypes.Tota, Hints = hints };
    }

    /// <summary>The treaty's body as plain text: what the structure parser reads.</summary>
    public static string RenderBody(XElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        foreach (var chapter in body.Elements("chapter"))
        {
            var number = chapter.Attribute("number")?.Value.Trim();
            var name = chapter.Attribute("name")?.Value.Trim();
            if (!string.IsNullOrEmpty(number))
            {
                text.Append(number);
                if (!string.IsNullOrEmpty(name))
                {
                    text.Append(' ').Append(name);
                }

                text.Append("\n\n");
            }

            foreach (var article in chapter.Elements("article"))
            {
                var articleNumber = article.Attribute("number")?.Value.Trim();
                var articleName = article.Attribute("name")?.Value.Trim();
                if (!string.IsNullOrEmpty(articleNumber))
                {
                    text.Append(articleNumber).Append('\n');
                }

                if (!string.IsNullOrEmpty(articleName))
                {
                    text.Append(articleName).Append('\n');
                }

                AppendParagraphs(article.Value, text);
                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    // ToTA keeps the line breaks of the scanned page; blank lines separate paragraphs.
    private static void AppendParagraphs(string value, StringBuilder text)
    {
        foreach (var raw in value.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    /// <summary>The current parties' alpha-3 codes, or the original signatories' when the current list is empty.</summary>
    public static IReadOnlyList<XElement> PartyCodes(XElement meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var current = NonEmpty(meta.Element("parties"));
        return current.Count > 0 ? current : NonEmpty(meta.Element("parties_original"));

        static List<XElement> NonEmpty(XElement? list) =>
            [.. (list?.Elements("partyisocode") ?? []).Where(code => !string.IsNullOrWhiteSpace(code.Value))];
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
