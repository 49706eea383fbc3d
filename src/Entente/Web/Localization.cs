using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Entente.Access;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Entente.Web;

/// <summary>
/// The interface languages: English (the key of every text), Russian and Azerbaijani (Latin script).
/// The language comes from the <see cref="CookieName"/> cookie the header's switcher sets, else from the
/// browser's Accept-Language, else English. Texts live in one resource class per feature folder
/// (<c>Agreements/AgreementsText.ru.resx</c>…); docs/localization.md says how to add one.
/// </summary>
public static class Localization
{
    public const string CookieName = ".Entente.Language";

    /// <summary>The query parameter that chooses the language of one request: <c>?lang=ru</c>.</summary>
    public const string QueryKey = "lang";

    /// <summary>Supported cultures, in the order the switcher shows them. <c>az</c> is Azerbaijani in Latin script
    /// (what .NET means by <c>az</c>); <c>az-Latn-AZ</c> and <c>ru-RU</c> fall back to them.</summary>
    public static IReadOnlyList<(string Culture, string Name)> Languages { get; } =
    [
        ("en", "English"),
        ("ru", "Русский"),
        ("az", "Azərbaycanca"),
    ];

    public static IServiceCollection AddEntenteLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // Write Cyrillic and Azerbaijani letters as they are, not as &#x...; escapes.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => CultureInfo.GetCultureInfo(l.Culture)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // ?lang= first (scripts asking the API for one language), then the switcher's cookie, then the browser.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Which feature's texts translate the validation messages of <paramref name="model"/>: the
    /// <c>{Folder}Text</c> class in the model's namespace (<c>Entente.Access.AccessText</c>), else <see cref="WebText"/>.</summary>
    public static IStringLocalizer ForModel(Type model, IStringLocalizerFactory factory)
    {
        var feature = model.Namespace?.Split('.').Last();
        var texts = feature is null ? null : model.Assembly.GetType($"{model.Namespace}.{feature}Text");
        return factory.Create(texts ?? typeof(WebText));
    }

    /// <summary><c>GET /language?culture=ru&amp;returnUrl=/agreements</c>: remembers the choice for a year and goes back.
    /// A plain link, so the switcher works without scripts and from the keyboard.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (culture is null || !Languages.Any(l => l.Culture == culture))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language",
                    detail: $"Choose one of: {string.Join(", ", Languages.Select(l => l.Culture))}.");
            }

            context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = context.Request.IsHttps });
            return Results.LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Every response says in its Content-Language header which language it was given in.</summary>
    public static IApplicationBuilder UseContentLanguage(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var language = Language;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentLanguage = language;
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The two-letter language of the request ("en", "ru", "az"), for <c>&lt;html lang&gt;</c> and data in three languages.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
