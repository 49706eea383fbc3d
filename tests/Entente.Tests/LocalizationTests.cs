using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Tests.Support;
using Entente.Text.Vocabulary;
using Entente.Web;

namespace Entente.Tests;

/// <summary>
/// The interface in Russian and Azerbaijani: every text of the pages has a translation, a page rendered in
/// Russian shows no English interface text, and the language comes from the cookie or Accept-Language.
/// </summary>
public partial class LocalizationTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] s_translated = ["ru", "az"];

    /// <summary>Latin-script words allowed in Russian interface elements: names and formats, not English.</summary>
    private static readonly HashSet<string> s_latinAllowed = ["Entente", "API", "CSV", "UTC", "PDF", "DOCX", "MiB", "English", "Azərbaycanca"];

    [Fact]
    public void EveryTextThePagesAskForHasARussianAndAnAzerbaijaniTranslation()
    {
        var missing = new List<string>();
        var found = 0;
        foreach (var (file, resources, key) in TextsInSource())
        {
            found++;
            foreach (var language in s_translated)
            {
                var translated = Lookup(resources, key, language);
                if (string.IsNullOrWhiteSpace(translated))
                {
                    missing.Add($"{file}: \"{key}\" has no {language} text");
                }
                else if (Placeholders(translated) != Placeholders(key))
                {
                    missing.Add($"{file}: \"{key}\" in {language} has other placeholders: \"{translated}\"");
                }
            }
        }

        Assert.True(found > 200, $"only {found} texts found in the pages; is the source scan still right?");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EveryStatusKindSphereAndModalityHasARussianAndAnAzerbaijaniName()
    {
        var keys = new List<string>();
        foreach (var type in new[]
                 {
                     typeof(ActionItems.ActionItemStatus), typeof(Events.EventKind), typeof(Access.Visibility), typeof(Consultations.ConsultationKind),
                     typeof(Consultations.Classification), typeof(Consultations.ConsultationStatus), typeof(Commitments.AssessmentStatus),
                     typeof(Users.UserRole), typeof(Agreements.AgreementKind), typeof(Agreements.AgreementStatus), typeof(Agreements.RelationKind),
                     typeof(Access.TokenScope),
                 })
        {
            keys.AddRange(Enum.GetNames(type).Select(Kebab));
        }

        keys.AddRange(Spheres.All.Select(s => "sphere:" + s.Key));
        keys.AddRange(Modalities.All.Select(m => "modality:" + m));
        var names = new ResourceManager(typeof(NamesText));
        var missing = (from key in keys
                       from language in s_translated
                       where string.IsNullOrWhiteSpace(Lookup(names, key, language))
                       select $"{key} ({language})").ToList();
        Assert.True(missing.Count == 0, "no name for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryPageInRussianShowsNoEnglishInterfaceText()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var pages = await PagesWithSomethingOnThemAsync(workspace);
        var english = EnglishInterfaceTexts();
        var signedIn = await SignedInAsync(workspace, "ru-administrator", "ru");
        var anonymous = workspace.App.Browser();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");

        var leftovers = new List<string>();
        var visits = pages.Select(p => (Path: p, Client: signedIn, Status: HttpStatusCode.OK))
            .Append(("/account/login", anonymous, HttpStatusCode.OK))
            .Append(("/account/denied", anonymous, HttpStatusCode.Forbidden));
        foreach (var (path, client, status) in visits)
        {
            var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == status, $"GET {path}: {(int)response.StatusCode}");
            var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);
            Assert.Equal("ru", document.DocumentElement.GetAttribute("lang"));
            leftovers.AddRange(VisibleTexts(document).Where(text => english.Any(e => e.IsMatch(text))).Select(text => $"{path}: \"{text}\""));
            // Text written straight into a page, never through a localizer, is not among the keys: interface-only
            // elements (headers, labels, buttons…) must hold no Latin-script word. (Checkbox labels and the account link hold data.)
            // Row headers and the headings of chart tables hold data too (a subject, an agreement's or an indicator's name).
            leftovers.AddRange(document.QuerySelectorAll("th, label[for], button, legend, dt, summary, .breadcrumb > a:first-child, header a:not(.account a), .tabs a")
                .Where(e => e.GetAttribute("scope") != "row" && e.Closest("figure.chart table") is null)
                .Select(e => e.TextContent.Trim())
                .Where(text => LatinWord().Matches(text).Any(w => !s_latinAllowed.Contains(w.Value)))
                .Select(text => $"{path}: \"{text}\" (not localized)"));
        }

        Assert.True(leftovers.Count == 0, "English interface text on Russian pages:" + Environment.NewLine + string.Join(Environment.NewLine, leftovers.Distinct()));
    }

    [Fact]
    public async Task TheBrowsersLanguagePicksTheCultureAndTheSwitchersCookieOverridesIt()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var browser = workspace.App.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("az-Latn-AZ,az;q=0.9,en;q=0.5");

        var azerbaijani = await browser.GetStringAsync("/agreements", Ct);
        Assert.Contains("<html lang=\"az\">", azerbaijani, StringComparison.Ordinal);
        Assert.Contains("Müqavilə-hüquq bazası", azerbaijani, StringComparison.Ordinal);

        var switched = await browser.GetAsync("/language?culture=ru&returnUrl=%2Fagreements%3Fkind%3Dtreaty", Ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/agreements?kind=treaty", switched.Headers.Location!.OriginalString);
        var russian = await browser.GetStringAsync("/agreements", Ct);
        Assert.Contains("<html lang=\"ru\">", russian, StringComparison.Ordinal);
        Assert.Contains("Договорно-правовая база", russian, StringComparison.Ordinal);
        // Dates in the culture: the Declaration was signed on 22 February 2022.
        Assert.Contains("22 февраля 2022", russian, StringComparison.Ordinal);

        // Validation messages follow the language too.
        var refused = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", ""), ("Password", "x"));
        Assert.Contains("Введите имя пользователя.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var english = await workspace.App.Client.GetStringAsync("/agreements", Ct);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("22 February 2022", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/language?culture=fr&returnUrl=%2F", HttpStatusCode.BadRequest, null)]
    [InlineData("/language", HttpStatusCode.BadRequest, null)]
    [InlineData("/language?culture=az&returnUrl=%2F%2Fevil.example%2F", HttpStatusCode.Redirect, "/")]
    [InlineData("/language?culture=az&returnUrl=https%3A%2F%2Fevil.example%2F", HttpStatusCode.Redirect, "/")]
    public async Task TheSwitcherRefusesUnknownLanguagesAndNeverLeavesTheSite(string path, HttpStatusCode status, string? location)
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateAsync("sqlite", postgres));
        var response = await app.Browser().GetAsync(path, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void FiguresAndDatesFollowTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
            Assert.Equal("почти US$3,4 млрд", Format.Value(3_400_000_000m, "USD", Qualifiers.Almost));
            Assert.Equal("24 ноября 2026", Format.Date(new DateOnly(2026, 11, 24)));
            Assert.Equal("ноябрь 2026", Format.Date(new DateOnly(2026, 11, 1), "month"));
            Assert.Equal("2026", Format.Date(new DateOnly(2026, 1, 1), "year"));
            Assert.Equal("в работе", Format.Kind("in-progress"));

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("az");
            Assert.Equal("24 noyabr 2026", Format.Date(new DateOnly(2026, 11, 24)));
            Assert.Equal("noyabr 2026", Format.Date(new DateOnly(2026, 11, 1), "month"));
            Assert.Equal("Xəzər", Format.Sphere("caspian"));

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("almost US$3.4 billion", Format.Value(3_400_000_000m, "USD", Qualifiers.Almost));
            Assert.Equal("in progress", Format.Kind("in-progress"));
            Assert.Equal("1 January 2023", Format.Date(new DateOnly(2023, 1, 1), "day"));
            Assert.Equal("2023", Format.Date(new DateOnly(2023, 1, 1), "year"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    [Fact]
    public async Task TheDocumentIndicatorConflictDashboardReportAndSearchPagesSpeakRussianAndAzerbaijani()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var (document, conflict, point) = await DocumentsWithAConflictAsync(workspace);
        // A page, then a heading, label or button it must show in Russian, in Azerbaijani, and never in English there.
        (string Path, string Russian, string Azerbaijani, string English)[] pages =
        [
            ("/documents", "Документы", "Sənədlər", "Documents"),
            ($"/documents/{document}", "Получен", "Daxil olub", "Received"),
            ("/documents/add", "Добавить и обработать", "Əlavə et və oxu", "Add and read"),
            ("/indicators", "Единица измерения", "Ölçü vahidi", "Unit"),
            ("/indicators/trade-turnover", "Таблица данных", "Məlumat cədvəli", "Data table"),
            ($"/indicators/trade-turnover/points/{point}", "Источники", "Mənbələr", "Sources"),
            ("/conflicts?status=all", "Расхождения между источниками", "Mənbələr arasında uyğunsuzluqlar", "Conflicts between sources"),
            ($"/conflicts/{conflict}", "Расходящиеся данные", "Uyğun gəlməyən məlumatlar", "The two sides"),
            ($"/conflicts/{conflict}/resolve", "Отметить как урегулированное", "Həll olunmuş kimi qeyd et", "Mark resolved"),
            ("/dashboard", "Ход выполнения в целом", "İcranın ümumi mənzərəsi", "Implementation at a glance"),
            ("/reports", "Подготовить отчёт", "Hesabatı hazırla", "Make the report"),
            ("/search?q=trade", "Фильтры", "Filtrlər", "Filters"),
        ];
        foreach (var language in s_translated)
        {
            var browser = await SignedInAsync(workspace, language == "ru" ? "ru-editor" : "az-editor", language);
            foreach (var (path, russian, azerbaijani, english) in pages)
            {
                var response = await browser.GetAsync(path, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} in {language}: {(int)response.StatusCode}");
                var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);
                var labels = page.QuerySelectorAll("h1, h2, h3, dt, th, label, button, summary, legend").Select(e => Whitespace().Replace(e.TextContent, " ").Trim()).ToList();
                var expected = language == "ru" ? russian : azerbaijani;
                Assert.True(labels.Contains(expected), $"{path} in {language}: no \"{expected}\" among {string.Join(" | ", labels)}");
                Assert.DoesNotContain(english, labels);
            }
        }

        // The chart's legend and table follow the language; the API's problem details stay English.
        var russianBrowser = await SignedInAsync(workspace, "ru-editor", "ru");
        var chart = await russianBrowser.GetStringAsync("/indicators/trade-turnover", Ct);
        Assert.Contains("\"name\":\"Заявленные\"", chart, StringComparison.Ordinal);
        var csv = await russianBrowser.GetStringAsync("/api/dashboard/charts/timeline.csv", Ct);
        Assert.StartsWith("Дата,Вид,Содержание", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/consultations") { Content = System.Net.Http.Json.JsonContent.Create(new { kind = "urgent" }) };
        request.Headers.AcceptLanguage.ParseAdd("ru");
        var problem = await workspace.As("ru-coordinator").SendAsync(request, Ct);
        Assert.Equal("is required.", (await problem.JsonAsync()).GetProperty("errors").GetProperty("subject")[0].GetString());
    }

    [Fact]
    public async Task IndicatorsAreNamedAndDescribedInTheReadersLanguageOnThePagesAndInTheApi()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var (document, _, _) = await DocumentsWithAConflictAsync(workspace);
        (string Language, string Name, string Description)[] readers =
        [
            ("ru", "Товарооборот", "Стоимость товаров, которыми две страны торгуют в обоих направлениях за период."),
            ("az", "Ticarət dövriyyəsi", "Dövr ərzində iki ölkə arasında hər iki istiqamətdə ticarət edilən malların dəyəri."),
        ];
        foreach (var (language, name, description) in readers)
        {
            var browser = await SignedInAsync(workspace, language == "ru" ? "ru-editor" : "az-editor", language);

            // The list's links, the series' heading and the document's table of figures name the series, never by its key.
            foreach (var path in new[] { "/indicators", "/indicators/trade-turnover", $"/documents/{document}" })
            {
                var page = await new HtmlParser().ParseDocumentAsync(await browser.GetStringAsync(path, Ct), Ct);
                var texts = page.QuerySelectorAll("h1, a").Select(e => Whitespace().Replace(e.TextContent, " ").Trim()).ToList();
                Assert.True(texts.Contains(name), $"{path} in {language}: no \"{name}\" among {string.Join(" | ", texts)}");
                Assert.DoesNotContain("Trade turnover", texts);
                Assert.DoesNotContain("trade-turnover", texts);

                // A claim's tooltip on the document's text names its series too.
                Assert.All(page.QuerySelectorAll(".hl-tip"), tip => Assert.DoesNotContain("trade-turnover", tip.TextContent, StringComparison.Ordinal));
            }

            // Each language has its own answer from the cached list: the second reader does not get the first one's words.
            var indicators = (await browser.GetJsonAsync("/api/indicators")).EnumerateArray().ToList();
            var turnover = indicators.Single(i => i.GetProperty("key").GetString() == "trade-turnover");
            Assert.Equal(name, turnover.GetProperty("localName").GetString());
            Assert.Equal(description, turnover.GetProperty("description").GetString());
        }
    }

    [Fact]
    public async Task TheDomainsValidationMessagesReachAFormInTheReadersLanguage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var russian = await SignedInAsync(workspace, "ru-coordinator", "ru");
        var azerbaijani = await SignedInAsync(workspace, "az-coordinator", "az");

        var refused = await RunningApp.PostFormAsync(russian, "/consultations/new", ("Kind", "regular"), ("Subject", ""), ("Classification", "official"));
        var refusedAz = await RunningApp.PostFormAsync(azerbaijani, "/consultations/new", ("Kind", "regular"), ("Subject", ""), ("Classification", "official"));
        var search = await russian.GetAsync("/search?q=card&from=yesterday", Ct);

        Assert.Contains("Тема: обязательно для заполнения.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Mövzu: doldurulması mütləqdir.", await refusedAz.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("С: «yesterday» не является датой в формате ГГГГ-ММ-ДД.", await search.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdentitysMessagesFollowTheLanguage()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var russian = await SignedInAsync(workspace, "ru-administrator", "ru");

        var taken = await RunningApp.PostFormAsync(russian, "/admin/users?handler=create",
            ("Form.UserName", "ru-editor"), ("Form.Password", TestUsers.Password), ("Form.Role", "viewer"), ("Form.Party", "RU"));
        var weak = await RunningApp.PostFormAsync(russian, "/admin/users?handler=create",
            ("Form.UserName", "ru-newcomer"), ("Form.Password", "short"), ("Form.Role", "viewer"), ("Form.Party", "RU"));

        var html = await taken.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Имя пользователя «ru-editor» уже занято.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is already taken", html, StringComparison.Ordinal);
        Assert.Contains("Пароль должен содержать не менее 6 символов.", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryValidationMessageOfTheDomainHasARussianAndAnAzerbaijaniText()
    {
        var source = Path.Combine(RepositoryFolder.Root, "src", "Entente");
        var templates = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ErrorTemplate().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(source, file), Key: m.Groups[1].Value)))
            .ToList();
        var resources = new ResourceManager(typeof(ValidationText));
        var missing = (from t in templates
                       from language in s_translated
                       let translated = Lookup(resources, t.Key, language)
                       where string.IsNullOrWhiteSpace(translated) || Placeholders(translated) != Placeholders(t.Key)
                       select $"{t.File}: \"{t.Key}\" ({language})").Distinct().ToList();

        Assert.True(templates.Count > 50, $"only {templates.Count} validation messages found; is the source scan still right?");
        Assert.True(missing.Count == 0, "no or a wrong translation for:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    /// <summary>Every page of a signed-in administrator, with an item, a consultation, a session, an event and a baseline to show.</summary>
    private static async Task<List<string>> PagesWithSomethingOnThemAsync(Workspace workspace)
    {
        var editor = workspace.As("ru-coordinator");
        var agreement = (await editor.GetJsonAsync("/api/agreements")).EnumerateArray().First(a => a.GetProperty("clauseCount").GetInt32() > 0).GetProperty("id").GetInt32();
        var clause = (await editor.GetJsonAsync($"/api/agreements/{agreement}/provisions")).EnumerateArray().First(p => p.GetProperty("part").GetString() == "operative").GetProperty("number").GetString();
        var commitment = (await editor.GetJsonAsync("/api/commitments"))[0].GetProperty("id").GetInt32();
        var item = (await (await editor.PostJsonAsync("/api/action-items", new { title = "Ferry line study", dueOn = "2026-01-01", visibility = "shared" })).JsonAsync()).GetProperty("id").GetInt32();
        var consultation = (await (await editor.PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Transit" })).JsonAsync()).GetProperty("id").GetInt32();
        await editor.PostJsonAsync("/api/commission/sessions", new { number = 22, heldOn = "2026-10-01", place = "Baku", agenda = new[] { "Trade" } });
        await editor.PostJsonAsync("/api/events", new { kind = "forum", title = "Interregional forum", startsOn = "2026-12-01", visibility = "shared" });
        var baseline = (await (await editor.PostJsonAsync("/api/baselines", new { name = "Before session 22" })).JsonAsync()).GetProperty("id").GetInt32();
        var (document, conflict, point) = await DocumentsWithAConflictAsync(workspace);
        return
        [
            "/", "/agreements", $"/agreements/{agreement}", $"/agreements/{agreement}/clauses/{clause}",
            "/commitments", $"/commitments/{commitment}",
            "/action-items", $"/action-items/{item}", "/action-items/import", $"/action-items/baselines/{baseline}",
            "/consultations?box=all", "/consultations/new", $"/consultations/{consultation}",
            "/commission", "/events", "/audit", "/admin/users", "/account/security", "/account/tokens",
            "/documents", $"/documents/{document}", "/documents/add",
            "/indicators", "/indicators/trade-turnover", $"/indicators/trade-turnover/points/{point}",
            "/conflicts?status=all", $"/conflicts/{conflict}", $"/conflicts/{conflict}/resolve",
            "/dashboard", "/reports", "/search?q=trade", "/search?q=zzzzqqq",
        ];
    }

    /// <summary>Two news texts that disagree on the trade turnover of 2023: documents, a series with points and a conflict.</summary>
    private static async Task<(int Document, int Conflict, int Point)> DocumentsWithAConflictAsync(Workspace workspace)
    {
        await SeriesTexts.IngestAsync(workspace.Target,
            ("customs.txt", "Moscow, 20 March 2024. According to the customs service, trade turnover between the two countries in 2023 reached US$4 billion."),
            ("ministry.txt", "Baku, 5 April 2024. Trade turnover between Russia and Azerbaijan in 2023 amounted to US$4.7 billion, the ministry of economy reported."));
        var client = workspace.App.Client;
        var document = (await client.GetJsonAsync("/api/documents"))[0].GetProperty("id").GetInt32();
        var conflict = (await client.GetJsonAsync("/api/conflicts"))[0].GetProperty("id").GetInt32();
        var point = (await client.GetJsonAsync("/api/indicators/trade-turnover/series")).GetProperty("points")[0].GetProperty("id").GetInt32();
        return (document, conflict, point);
    }

    private static async Task<HttpClient> SignedInAsync(Workspace workspace, string user, string language)
    {
        var browser = workspace.App.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var signIn = await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>The text nodes a person reads or hears: element text, and labels in attributes.</summary>
    private static IEnumerable<string> VisibleTexts(IDocument document)
    {
        foreach (var node in document.Body!.Descendants().OfType<IText>())
        {
            if (node.ParentElement is { LocalName: not ("script" or "style" or "code") })
            {
                var text = Whitespace().Replace(node.Text, " ").Trim();
                if (text.Length > 0)
                {
                    yield return text;
                }
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in new[] { "aria-label", "title", "placeholder" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    yield return value;
                }
            }
        }

        yield return document.Title ?? string.Empty;
    }

    /// <summary>Every English interface text as a pattern matching a whole text node ("{0} overdue" matches "3 overdue").</summary>
    private static List<Regex> EnglishInterfaceTexts()
    {
        var texts = TextsInSource().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        texts.UnionWith(Spheres.All.Select(s => s.Label));
        var names = new ResourceManager(typeof(NamesText));
        foreach (var key in Enum.GetNames<ActionItems.ActionItemStatus>().Concat(Enum.GetNames<Consultations.ConsultationStatus>())
                     .Concat(Enum.GetNames<Agreements.AgreementKind>()).Concat(Enum.GetNames<Agreements.AgreementStatus>()).Concat(Enum.GetNames<Commitments.AssessmentStatus>()))
        {
            var english = Kebab(key).Replace('-', ' ');
            // A name spelled the same in Russian would be a false alarm; none is, but keep the check honest.
            if (Lookup(names, Kebab(key), "ru") != english)
            {
                texts.Add(english);
            }
        }

        return [.. texts.Where(t => t.Any(char.IsLetter)).Select(t => new Regex("^" + Placeholder().Replace(Regex.Escape(t), ".+") + "$", RegexOptions.CultureInvariant))];
    }

    /// <summary>The text in <paramref name="language"/> itself, not a fallback; null when there is none.</summary>
    private static string? Lookup(ResourceManager resources, string key, string language)
    {
        try
        {
            return resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)?.GetString(key);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    /// <summary>"InProgress" → "in-progress", as the API and the resources write enum members.</summary>
    private static string Kebab(string member) => Regex.Replace(member, "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    /// <summary>Each <c>T["…"]</c> (or <c>text["…"]</c>) of the app's pages, page models and the code that takes a
    /// localizer, with the resources it is looked up in.</summary>
    private static IEnumerable<(string File, ResourceManager Resources, string Key)> TextsInSource()
    {
        var app = typeof(EntenteWebApp).Assembly;
        var source = Path.Combine(RepositoryFolder.Root, "src", "Entente");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var text = RazorComment().Replace(File.ReadAllText(file), string.Empty);
            // Besides the pages and their models, the code that builds texts for them (charts, highlights, Identity's messages).
            if (!file.EndsWith(".cshtml", StringComparison.Ordinal) && !file.EndsWith(".cshtml.cs", StringComparison.Ordinal) && !Localizer().IsMatch(text))
            {
                continue;
            }

            var localizer = Localizer().Match(text) is { Success: true } match ? match.Groups[1].Value : "Entente.Web.WebText";
            var type = app.GetTypes().SingleOrDefault(t => t.FullName == localizer || t.Name == localizer)
                       ?? throw new InvalidOperationException($"{file}: no resource class {localizer}");
            var resources = new ResourceManager(type);
            foreach (Match key in LookedUp().Matches(text))
            {
                yield return (Path.GetRelativePath(source, file), resources, key.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            }

            foreach (Match key in Annotation().Matches(text))
            {
                yield return (Path.GetRelativePath(source, file), resources, key.Groups[1].Value);
            }
        }
    }

    [GeneratedRegex(@"\b(?:T|text|texts)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LookedUp();

    [GeneratedRegex(@"(?:ErrorMessage|Display\(Name) = ""([^""]*)""")]
    private static partial Regex Annotation();

    /// <summary>A message a command adds to its <c>FieldErrors</c> (<c>errors.Add("subject", "is required.")</c>).</summary>
    [GeneratedRegex(@"(?:\berrors\.|(?<![\w.]))Add\((?:""[^""]*""|field|\$""[^""]*""|nameof\(\w+\)), ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorTemplate();

    [GeneratedRegex(@"IStringLocalizer<([\w.]+)>")]
    private static partial Regex Localizer();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
