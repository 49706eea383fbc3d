using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Entente.Agreements;

/// <summary>What <c>_ProvisionVersions.cshtml</c> shows: one provision, in the reader's language first.</summary>
public sealed record ProvisionVersionsModel(int AgreementId, ProvisionView Provision)
{
    /// <summary>A language's name in the reader's language ("русский" for ru on a Russian page).</summary>
    public static string LanguageName(string code, IStringLocalizer<AgreementsText> texts)
    {
        var english = CultureInfo.GetCultureInfo(code) is { EnglishName: var name } && !name.StartsWith("Unknown", StringComparison.Ordinal)
            ? name.Split(" (")[0]
            : code;
        return texts[english];
    }

    /// <summary>The other languages, for the "compare" link: the reader's against the first other one.</summary>
    public string? OtherLanguage => Provision.Versions.Select(v => v.Language).FirstOrDefault(l => l != Provision.Language);
}
