using System.Globalization;
using System.Resources;

namespace Entente.Web;

/// <summary>
/// Display names of the stable keys shown on pages (statuses, kinds, spheres, modalities) and the words of
/// <see cref="Format"/>, in the request's language (<c>NamesText.ru.resx</c>, <c>NamesText.az.resx</c>).
/// The keys themselves stay English and unchanged in the API, the database and URLs.
/// </summary>
public static class Names
{
    private static readonly ResourceManager s_resources = new(typeof(NamesText));

    /// <summary>The name of <paramref name="key"/> in the current language; <paramref name="english"/> when there is none.</summary>
    public static string Of(string key, string english) =>
        s_resources.GetString(key, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>A text whose English form is its own key ("almost {0}").</summary>
    public static string Text(string english) => Of(english, english);
}

/// <summary>The resource class of <see cref="Names"/>.</summary>
public sealed class NamesText;
