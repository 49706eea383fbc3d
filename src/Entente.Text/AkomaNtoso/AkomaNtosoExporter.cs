using System.Globalization;
using System.Xml.Linq;
using Entente.Text.Analysis;
using Entente.Text.Understanding;

namespace Entente.Text.AkomaNtoso;

/// <summary>
/// Writes an analysed document as Akoma Ntoso 3.0: FRBR identification from its metadata, the
/// title in the preface, recitals and formula in the preamble, clauses as articles (inside their
/// chapters or sections), and the closing formula in the conclusions.
/// </summary>
public static class AkomaNtosoExporter
{
    private const string Author = "#entente";

    public static XDocument Export(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var ns = AkomaNtosoNames.Namespace;
        var structure = analysis.Structure;
        var document = new XElement(ns + "doc", new XAttribute("name", analysis.Kind), Meta(analysis));

        if (!string.IsNullOrWhiteSpace(analysis.Title))
        {
            document.Add(new XElement(ns + "preface", new XElement(ns + "p", new XElement(ns + "docTitle", analysis.Title))));
        }

        if (structure.Preamble.Count > 0 || structure.OperativeFormula is not null)
        {
            var preamble = new XElement(ns + "preamble");
            if (structure.Preamble.Count > 0)
            {
                preamble.Add(new XElement(ns + "recitals",
                    structure.Preamble.Select((recital, i) => new XElement(ns + "recital",
                        new XAttribute("eId", $"recital_{i + 1}"), new XElement(ns + "p", recital.Text)))));
            }

            if (structure.OperativeFormula is { } formula)
            {
                preamble.Add(new XElement(ns + "formula", new XAttribute("name", "enactingFormula"), new XElement(ns + "p", formula.Text)));
            }

            document.Add(preamble);
        }

        document.Add(new XElement(ns + "mainBody", Body(analysis)));
        if (structure.Closing is { } closing)
        {
            document.Add(new XElement(ns + "conclusions", new XElement(ns + "p", closing.Text)));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "akomaNtoso", document));
    }

    private static List<XElement> Body(DocumentAnalysis analysis)
    {
        var ns = AkomaNtosoNames.Namespace;
        var structure = analysis.Structure;
        if (structure.Clauses.Count == 0)
        {
            return [new XElement(ns + "p", string.IsNullOrEmpty(analysis.Title) ? analysis.Source : analysis.Title)];
        }

        var body = new List<XElement>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        XElement? currentSection = null;
        string? currentSectionNumber = null;
        foreach (var clause in structure.Clauses)
        {
            var article = Article(clause, usedIds);
            if (clause.Section is null)
            {
                body.Add(article);
                currentSection = null;
                continue;
            }

            if (currentSection is null || currentSectionNumber != clause.Section)
            {
                var section = structure.Sections.FirstOrDefault(candidate => candidate.Number == clause.Section);
                var container = ContainerName(section?.Label);
                currentSection = new XElement(ns + container, new XAttribute("eId", UniqueId($"{ShortName(container)}_{Id(clause.Section)}", usedIds)),
                    new XElement(ns + "num", section is null ? clause.Section : $"{section.Label} {section.Number}"));
                if (!string.IsNullOrWhiteSpace(section?.Heading))
                {
                    currentSection.Add(new XElement(ns + "heading", section.Heading));
                }

                currentSectionNumber = clause.Section;
                body.Add(currentSection);
            }

            currentSection.Add(article);
        }

        return body;
    }

    private static XElement Article(Clause clause, HashSet<string> usedIds)
    {
        var ns = AkomaNtosoNames.Namespace;
        var article = new XElement(ns + "article", new XAttribute("eId", UniqueId($"art_{Id(clause.Number)}", usedIds)),
            new XElement(ns + "num", clause.Number));
        if (!string.IsNullOrWhiteSpace(clause.Heading))
        {
            article.Add(new XElement(ns + "heading", clause.Heading));
        }

        if (clause.Items.Count == 0)
        {
            article.Add(new XElement(ns + "content", new XElement(ns + "p", clause.Text)));
            return article;
        }

        // Sub-items become points; the words before the first one are the article's intro.
        var bodyStart = clause.Span.End - clause.Text.Length;
        var lead = clause.Text[..Math.Clamp(clause.Items[0].Span.Start - bodyStart, 0, clause.Text.Length)].Trim();
        if (lead.Length > 0)
        {
            article.Add(new XElement(ns + "intro", new XElement(ns + "p", lead)));
        }

        var articleId = (string)article.Attribute("eId")!;
        article.Add(clause.Items.Select((item, i) => Point(item, $"{articleId}__point_{i + 1}", usedIds)));
        return article;
    }

    private static XElement Point(ClauseItem item, string id, HashSet<string> usedIds)
    {
        var ns = AkomaNtosoNames.Namespace;
        var eId = UniqueId(id, usedIds);
        var point = new XElement(ns + "point", new XAttribute("eId", eId), new XElement(ns + "num", item.Label));
        if (item.Items.Count == 0)
        {
            point.Add(new XElement(ns + "content", new XElement(ns + "p", item.Text)));
            return point;
        }

        var lead = item.Text[..Math.Clamp(item.Items[0].Span.Start - (item.Span.End - item.Text.Length), 0, item.Text.Length)].Trim();
        if (lead.Length > 0)
        {
            point.Add(new XElement(ns + "intro", new XElement(ns + "p", lead)));
        }

        point.Add(item.Items.Select((child, i) => Point(child, $"{eId}__point_{i + 1}", usedIds)));
        return point;
    }

    private static XElement Meta(DocumentAnalysis analysis)
    {
        var ns = AkomaNtosoNames.Namespace;
        var country = (analysis.Parties.FirstOrDefault() ?? "un").ToLowerInvariant();
        var date = analysis.SignedOn ?? analysis.Date;
        var dateText = (date ?? new DateOnly(1, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateName = analysis.SignedOn is not null ? "signature" : date is not null ? "publication" : "unknown";
        var language = AkomaNtosoNames.ToAlpha3(analysis.Language);
        var work = $"/akn/{country}/doc/{analysis.Kind}/{dateText}/{analysis.Sha256[..12]}";
        var expression = $"{work}/{language}@";
        var manifestation = $"{expression}/main.xml";

        XElement Frbr(string level, string @this, string uri, params object[] extra) =>
            new(ns + level,
                new XElement(ns + "FRBRthis", new XAttribute("value", @this)),
                new XElement(ns + "FRBRuri", new XAttribute("value", uri)),
                new XElement(ns + "FRBRdate", new XAttribute("date", dateText), new XAttribute("name", dateName)),
                new XElement(ns + "FRBRauthor", new XAttribute("href", Author)),
                extra);

        var parties = analysis.Parties
            .Select(party => new XElement(ns + "TLCLocation", new XAttribute("eId", $"party_{party.ToLowerInvariant()}"),
                new XAttribute("href", $"/ontology/location/{party.ToLowerInvariant()}"),
                new XAttribute("showAs", CountryTable.EnglishName(party) ?? party)));

        return new XElement(ns + "meta",
            new XElement(ns + "identification", new XAttribute("source", Author),
                Frbr("FRBRWork", $"{work}/main", work, new XElement(ns + "FRBRcountry", new XAttribute("value", country))),
                Frbr("FRBRExpression", $"{expression}/main", expression, new XElement(ns + "FRBRlanguage", new XAttribute("language", language))),
                Frbr("FRBRManifestation", manifestation, manifestation)),
            new XElement(ns + "references", new XAttribute("source", Author),
                new XElement(ns + "TLCOrganization", new XAttribute("eId", "entente"), new XAttribute("href", "/ontology/organization/entente"), new XAttribute("showAs", "Entente")),
                parties));
    }

    private static string ContainerName(string? label) => label?.ToUpperInvariant() switch
    {
        "PART" or "ЧАСТЬ" or "HISSƏ" => "part",
        "SECTION" or "РАЗДЕЛ" or "BÖLMƏ" or "SECCIÓN" or "SECCION" => "section",
        "TITLE" or "TÍTULO" or "TITRE" => "title",
        _ => "chapter",
    };

    private static string ShortName(string container) => container switch
    {
        "chapter" => "chp",
        "section" => "sec",
        _ => container,
    };

    private static string Id(string number)
    {
        var id = new string([.. number.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        return id.Length == 0 ? "x" : id;
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }
}
