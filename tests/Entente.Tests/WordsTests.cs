using System.Globalization;
using System.Resources;
using Entente.Consultations;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Entente.Tests;

/// <summary>
/// The words of messages: a field is named by its label, not its API key; a status inside a Russian or
/// Azerbaijani message is named in that language; Russian keeps action items and events apart.
/// </summary>
public class WordsTests(PostgresServer postgres)
{
    private static readonly IStringLocalizer s_validation = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ValidationText));

    [Theory]
    [InlineData("en", "Clauses: ", "Proposed dates: ")]
    [InlineData("ru", "Статьи: ", "Предлагаемые даты: ")]
    public void AFieldIsNamedByItsLabel(string language, string clauses, string proposedDates)
    {
        var errors = new FieldErrors();
        errors.Add("clauseIds", "is required.");
        errors.Add("proposedDates", "is required.");

        var messages = InCulture(language, () => errors.Localized(s_validation));

        Assert.StartsWith(clauses, messages["clauseIds"], StringComparison.Ordinal);
        Assert.StartsWith(proposedDates, messages["proposedDates"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "запрошены")]
    [InlineData("az", "müraciət edilib")]
    public void AStatusInsideAMessageIsNamedInTheReadersLanguage(string language, string requested)
    {
        var errors = new FieldErrors();
        errors.Key<ConsultationStatus>("status", "finished", required: true);

        var message = InCulture(language, () => errors.Messages(s_validation))["status"];

        Assert.Contains(requested, message, StringComparison.Ordinal);
        Assert.DoesNotContain("requested", message, StringComparison.Ordinal);
        Assert.DoesNotContain("acknowledged", message, StringComparison.Ordinal);
        Assert.Contains("'finished' is not one of requested, acknowledged", errors.ToDictionary()["status"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void RussianCallsActionItemsAndEventsByDifferentWords()
    {
        var texts = new ResourceManager(typeof(WebText));
        var russian = CultureInfo.GetCultureInfo("ru");
        var actionItems = texts.GetString("Action items", russian)!;
        var events = texts.GetString("Events", russian)!;

        Assert.NotEqual(FirstWord(actionItems), FirstWord(events));
        Assert.DoesNotContain("мероприят", actionItems, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ItemsWithoutARoadmapAreNamedInTheReadersLanguage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var editor = workspace.As("ru-editor");
        Assert.Equal(System.Net.HttpStatusCode.Created, (await editor.PostJsonAsync("/api/action-items", new { title = "Open a consulate", visibility = "shared" })).StatusCode);
        var browser = workspace.App.Browser();
        await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "ru-editor"), ("Password", TestUsers.Password));
        await browser.GetAsync("/language?culture=ru&returnUrl=/", TestContext.Current.CancellationToken);

        var dashboard = await browser.GetStringAsync("/dashboard", TestContext.Current.CancellationToken);

        Assert.Contains("Без дорожной карты", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("No roadmap", dashboard, StringComparison.Ordinal);
    }

    private static string FirstWord(string text) => text.Split(' ')[0].ToLowerInvariant();

    private static T InCulture<T>(string language, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
