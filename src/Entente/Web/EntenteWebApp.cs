using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Access;
using Entente.ActionItems;
using Entente.Agreements;
using Entente.Audit;
using Entente.Commission;
using Entente.Commitments;
using Entente.Conflicts;
using Entente.Consultations;
using Entente.Dashboard;
using Entente.Documents;
using Entente.Duplicates;
using Entente.Events;
using Entente.Exports;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Intelligence.Profiles;
using Entente.Notifications;
using Entente.Reports;
using Entente.Search;
using Entente.Sources;
using Entente.Storage;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Entente.Web;

/// <summary>Settings for one web application instance.</summary>
/// <param name="Database">Where the data lives.</param>
/// <param name="Urls">Addresses Kestrel listens on; port 0 picks a free port.</param>
public sealed record WebAppSettings(DatabaseTarget Database, string Urls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Extra logging configuration (tests route the server's logs to their output).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>The clock; tests pass a fake one to move time.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Whether the consultation deadline service runs in the background (tests call its tick themselves).</summary>
    public bool RunDeadlineService { get; init; } = true;

    /// <summary>Whether watched sources are polled in the background (tests call its tick themselves).</summary>
    public bool RunSourcePolling { get; init; } = true;

    /// <summary>Whether this server fills the inboxes and sends the webhooks (Notifications/NotificationService.cs).</summary>
    public bool RunNotifications { get; init; } = true;

    /// <summary>Whether this server links stored documents again when commitment profiles change (Intelligence/Profiles/ProfileRelinkService.cs).</summary>
    public bool RunProfileRelinking { get; init; } = true;

    /// <summary>Configuration on top of the environment and appsettings (tests set rate limits and proxy settings here).</summary>
    public IReadOnlyDictionary<string, string?>? Configuration { get; init; }
}

/// <summary>The web application and API: pages for people, JSON for programs, one process.</summary>
public static class EntenteWebApp
{
    public static WebApplication Build(WebAppSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(EntenteWebApp).Assembly.GetName().Name,
        });
        if (settings.Configuration is { } configuration)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.UseKestrelHttpsConfiguration();
        // Per-request logs are noise for an operator; start-up, warnings and errors are not.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        settings.ConfigureLogging?.Invoke(builder.Logging);

        // Data, read and written for the request's viewer
        builder.Services.AddSingleton(settings.Time);
        builder.Services.AddEntenteAccess();
        builder.Services.AddReverseProxySupport(builder.Configuration);
        builder.Services.AddEntenteRateLimits(builder.Configuration);
        builder.Services.AddEntenteDatabase(settings.Database);
        builder.Services.AddSharedKeyRing(settings.Database);
        builder.Services.AddSingleton<VersionedReadCache>();

        // Search: the server ranks from an in-memory copy of the index, read at start-up and kept current (Search/SearchReplica.cs)
        builder.Services.AddSingleton<SearchReplica>();
        builder.Services.AddSingleton<ServerSearch>();
        builder.Services.AddHostedService<SearchReplicaWarmUp>();

        // Consultation deadlines: configurable under Consultations:Deadlines, checked by a background service
        builder.Services.Configure<ConsultationDeadlineOptions>(builder.Configuration.GetSection(ConsultationDeadlineOptions.Section));
        builder.Services.AddSingleton<ConsultationDeadlineService>();
        if (settings.RunDeadlineService)
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ConsultationDeadlineService>());
        }

        // Watched sources: polled on their schedules by one server at a time (Sources/SourcePollingService.cs)
        builder.Services.Configure<SourcePollingOptions>(builder.Configuration.GetSection(SourcePollingOptions.Section));
        builder.Services.AddSingleton(services => new PoliteFetcher(
            services.GetRequiredService<TimeProvider>(), builder.Configuration.GetSection(FetchLimits.Section).Get<FetchLimits>() ?? new FetchLimits()));
        builder.Services.AddSingleton<SourcePollingService>();
        if (settings.RunSourcePolling)
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<SourcePollingService>());
        }

        // Notifications: each Party's inbox and webhooks, filled by one server at a time (Notifications/NotificationService.cs)
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<NotificationService>();
        if (settings.RunNotifications)
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<NotificationService>());
        }

        // Commitment profiles: a change re-links the stored documents in the background, by one server at a time
        builder.Services.AddSingleton<ProfileRelinkService>();
        if (settings.RunProfileRelinking)
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ProfileRelinkService>());
        }

        // API: JSON with kebab-case enum keys, problem details for every error, an OpenAPI document
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.Converters.Add(new StrictStringConverter());
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente API";
            document.Info.Description = "The legal base, indicators and mechanisms of a partnership between states.";
            return Task.CompletedTask;
        }).AddBearerScheme().AddStringTypes());

        // Pages: Razor Pages kept beside their feature (Home/, Agreements/…), not in a Pages/ folder
        // Forms are checked on the server only; without client-side validation the validation summary no longer
        // renders its hidden placeholder with an inline style, which the Content-Security-Policy refuses.
        builder.Services.AddRazorPages(options => options.RootDirectory = "/")
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = Localization.ForModel);

        // Interface languages: English, Russian, Azerbaijani (Web/Localization.cs, docs/localization.md)
        builder.Services.AddEntenteLocalization();

        var app = builder.Build();

        app.UseReverseProxySupport(app.Configuration);
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseUploadLimits();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(EntenteWebApp).Assembly, "wwwroot"),
        });

        app.UseRequestLocalization();
        app.UseContentLanguage();
        app.UseAuthentication();
        app.UseEntenteViewer();
        app.UseEntenteRateLimits();
        app.UseAntiforgeryForCookieApiWrites();
        app.UseAuthorization();
        app.UseInputHygiene();

        // Public: the reference, health, and the legal base; everything else needs a signed-in user.
        app.MapOpenApi().AllowAnonymous();

        // The reference is served from the package itself; its hosted extras (AI agent, telemetry,
        // deploy buttons) would call out of a ministry's network, so they are off.
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Entente API")
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideDeveloperTools()
            .DisableDefaultFonts()).AllowAnonymous();
        app.MapHealthEndpoint();
        app.MapLanguageSwitch();
        app.MapAgreementsApi().AllowAnonymous();
        app.MapIndicatorsApi().AllowAnonymous();
        app.MapClauseLinksApi().AllowAnonymous();
        app.MapProfilesApi();
        app.MapDocumentUploadApi();
        app.MapDocumentsApi().AllowAnonymous();
        app.MapDuplicatesApi().AllowAnonymous();
        app.MapConflictsApi();
        app.MapSearchApi().AllowAnonymous(); // anonymous callers find only the public legal base and documents
        app.MapTokensApi();
        app.MapCommitmentsApi();
        app.MapActionItemsApi();
        app.MapBaselinesApi();
        app.MapConsultationsApi();
        app.MapCommissionApi();
        app.MapEventsApi();
        app.MapAttachmentsApi();
        app.MapAuditApi();
        app.MapExportsApi();
        app.MapReportsApi();
        app.MapDashboardApi();
        app.MapInboxApi();
        app.MapRazorPages();
        return app;
    }
}
