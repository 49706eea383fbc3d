using System.Xml.Linq;
using Entente.Text.Analysis;

namespace Entente.Text.AkomaNtoso;

/// <summary>
/// Writes a document held in several languages as Akoma Ntoso: one expression per language. A single version is a
/// plain <c>doc</c>; several are the components of a <c>documentCollection</c>, each a whole <c>doc</c> with its own
/// FRBR expression (language), its identifiers prefixed with the component's so they stay unique in the file.
/// </summary>
public static class AkomaNtosoVersions
{
    /// <param name="versions">The versions, the one whose metadata describes the collection first.</param>
    public static XDocument Export(IReadOnlyList<DocumentAnalysis> versions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(versions.Count);
        if (versions.Count == 1)
        {
            return AkomaNtosoExporter.Export(versions[0]);
        }

        var ns = AkomaNtosoNames.Namespace;
        var first = AkomaNtosoExporter.Export(versions[0]).Root!.Element(ns + "doc")!;
        var components = versions.Select(version =>
        {
            var prefix = $"cmp_{AkomaNtosoNames.ToAlpha3(version.Language)}";
            var doc = AkomaNtosoExporter.Export(version).Root!.Element(ns + "doc")!;
            Prefix(doc, prefix);
            return new XElement(ns + "component", new XAttribute("eId", prefix), doc);
        });
        var collection = new XElement(ns + "documentCollection", new XAttribute("name", (string?)first.Attribute("name") ?? "doc"),
            new XElement(first.Element(ns + "meta")!),
            first.Element(ns + "preface") is { } preface ? new XElement(preface) : null,
            new XElement(ns + "collectionBody", components));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "akomaNtoso", collection));
    }

    // Every eId inside a component, and every local reference to one ("#entente"), gets the component's prefix.
    private static void Prefix(XElement doc, string prefix)
    {
        var ids = doc.DescendantsAndSelf().Attributes("eId").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var attribute in doc.DescendantsAndSelf().Attributes())
        {
            if (attribute.Name.LocalName == "eId")
            {
                attribute.Value = $"{prefix}__{attribute.Value}";
            }
            else if (attribute.Value.StartsWith('#') && ids.Contains(attribute.Value[1..]))
            {
                attribute.Value = $"#{prefix}__{attribute.Value[1..]}";
            }
        }
    }
}
