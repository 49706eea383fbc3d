using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Entente.Text.Reading;

namespace Entente.Text.AkomaNtoso;

/// <summary>
/// Reads an Akoma Ntoso 3.0 document as the plain text its reader would see: title, recitals,
/// formula, then each article as its number and heading on one line and its paragraphs after it.
/// The FRBR metadata become hints (title, date, language).
/// </summary>
public static class AkomaNtosoImporter
{
    private const int MaxDepth = 64;

    private static readonly HashSet<string> s_containers = new(StringComparer.Ordinal)
    {
        "article", "chapter", "section", "part", "title", "book", "subsection", "subchapter", "division", "clause", "subpart",
    };

    private static readonly HashSet<string> s_inlineNumbered = new(StringComparer.Ordinal)
    {
        "paragraph", "point", "item", "indent", "subparagraph", "list", "alinea", "subclause",
    };

    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal) { "meta", "num", "heading", "subheading", "components", "attachments" };

    public static ReadResult Import(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ns = AkomaNtosoNames.Namespace;
        var root = document.Root!;
        var documentElement = root.Elements().FirstOrDefault(element => element.Name.LocalName != "components");
        if (root.Name != ns + "akomaNtoso" || documentElement is null)
        {
            return ReadResult.Failed(MediaTypes.AkomaNtoso, IngestionErrors.MalformedXml, "An Akoma Ntoso document needs <akomaNtoso> with a document element in the 3.0 namespace.");
        }

        var meta = documentElement.Element(ns + "meta");
        var work = meta?.Element(ns + "identification")?.Element(ns + "FRBRWork");
        var expression = meta?.Element(ns + "identification")?.Element(ns + "FRBRExpression");
        var title = documentElement.Descendants(ns + "docTitle").FirstOrDefault()?.Value.Trim()
            ?? work?.Element(ns + "FRBRname")?.Attribute("value")?.Value;
        var dateText = work?.Element(ns + "FRBRdate")?.Attribute("date")?.Value;
        DateOnly? date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year > 1 ? parsed : null;
        var kind = documentElement.Attribute("name")?.Value;

        var text = new StringBuilder();
        Render(documentElement, text, pendingLabel: null, depth: 0);
        return new ReadResult
        {
            Text = text.ToString().TrimEnd(),
            MediaType = MediaTypes.AkomaNtoso,
            Hints = new DocumentHints
            {
                Title = string.IsNullOrWhiteSpace(title) ? null : title,
                Language = AkomaNtosoNames.ToAlpha2(expression?.Element(ns + "FRBRlanguage")?.Attribute("language")?.Value),
                Kind = kind is not null && Vocabulary.DocumentKinds.IsKnown(kind) ? kind : null,
                SignedOn = date,
            },
        };
    }

    private static void Render(XElement element, StringBuilder text, string? pendingLabel, int depth)
    {
        // Real documents nest a few dozen levels; deeper, the text is kept but the structure is not followed.
        if (depth > MaxDepth)
        {
            var flat = Collapse(element.Value);
            if (flat.Length > 0)
            {
                text.Append(flat).Append('\n');
            }

            return;
        }

        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (s_skipped.Contains(name))
            {
                continue;
            }

            var number = child.Element(AkomaNtosoNames.Namespace + "num")?.Value.Trim();
            var heading = child.Element(AkomaNtosoNames.Namespace + "heading")?.Value.Trim();
            if (s_containers.Contains(name) && !string.IsNullOrEmpty(number) && (!IsBareNumber(number) || !string.IsNullOrEmpty(heading)))
            {
                // A bare number with a heading ("1" + "Objectives") reads as the element's own label: "Article 1 Objectives".
                if (IsBareNumber(number))
                {
                    text.Append(char.ToUpperInvariant(name[0])).Append(name, 1, name.Length - 1).Append(' ');
                }

                text.Append(number);
                if (!string.IsNullOrEmpty(heading))
                {
                    text.Append(' ').Append(heading);
                }

                text.Append('\n');
                Render(child, text, null, depth + 1);
                continue;
            }

            if (s_containers.Contains(name) || s_inlineNumbered.Contains(name))
            {
                Render(child, text, string.IsNullOrEmpty(number) ? pendingLabel : InlineLabel(number), depth + 1);
                continue;
            }

            if (name is "p" or "block")
            {
                var line = Collapse(child.Value);
                if (line.Length > 0)
                {
                    if (pendingLabel is not null)
                    {
                        text.Append(pendingLabel).Append(' ');
                        pendingLabel = null;
                    }

                    text.Append(line).Append('\n');
                }

                continue;
            }

            Render(child, text, pendingLabel, depth + 1);
            pendingLabel = null;
        }
    }

    // A bare "12" reads as the clause label "12."; "(a)" and "3)" already read as labels.
    private static string InlineLabel(string number) =>
        number[^1] is '.' or ')' || number[0] == '(' ? number : number + ".";

    private static bool IsBareNumber(string number) => number.Length > 0 && (char.IsDigit(number[0]) || number[0] == '(');

    private static string Collapse(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }
}
