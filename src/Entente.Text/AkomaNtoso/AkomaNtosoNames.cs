using System.Xml.Linq;

namespace Entente.Text.AkomaNtoso;

/// <summary>The Akoma Ntoso 3.0 namespace and the language codes it uses (ISO 639-2).</summary>
public static class AkomaNtosoNames
{
    public static readonly XNamespace Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static readonly (string Alpha2, string Alpha3)[] s_languages =
        [("en", "eng"), ("ru", "rus"), ("az", "aze"), ("es", "spa"), ("fr", "fra"), ("de", "deu"), ("tr", "tur"), ("hy", "hye")];

    public static string ToAlpha3(string language) =>
        s_languages.FirstOrDefault(pair => pair.Alpha2 == language).Alpha3 ?? "und";

    public static string? ToAlpha2(string? language) =>
        language is null ? null : s_languages.FirstOrDefault(pair => pair.Alpha3 == language || pair.Alpha2 == language).Alpha2;
}
