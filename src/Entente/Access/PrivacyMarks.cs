using System.Globalization;
using Entente.Storage;
using Entente.Web;

namespace Entente.Access;

/// <summary>
/// The marks reports and pages put on each passage kept to one Party ("[RU only]") or to named people
/// ("[restricted]"), in the reader's language, so a Party's own report cannot be forwarded with its private words unmarked.
/// </summary>
public static class PrivacyMarks
{
    /// <summary>The mark of a record of this visibility; null for a shared record.</summary>
    public static string? Of(Visibility visibility, string? ownerParty) => visibility switch
    {
        Visibility.Party => string.Format(CultureInfo.CurrentCulture, Names.Text("{0} only"), ownerParty ?? "?"),
        Visibility.Restricted => Names.Of("restricted", "restricted"),
        _ => null,
    };

    /// <summary>The mark of a record whose visibility is given by its key (<c>party</c>), as the views carry it.</summary>
    public static string? OfKey(string visibility, string? ownerParty) =>
        KebabCase.TryParse<Visibility>(visibility, out var parsed) ? Of(parsed, ownerParty) : null;

    /// <summary>The text with its mark in front, or the text alone for a shared passage.</summary>
    public static string Mark(string? marking, string text) => marking is null ? text : $"[{marking}] {text}";

    /// <summary>The warning on the first page of a document that holds marked passages.</summary>
    public static string Notice(IEnumerable<string> markings) =>
        string.Format(
            CultureInfo.CurrentCulture,
            Names.Text("This document contains passages kept to one Party or to named people, marked {0}. Do not send it to anyone else; make the shared-only version for that."),
            string.Join(", ", markings.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(m => $"[{m}]")));
}
