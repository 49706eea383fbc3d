using System.Diagnostics;
using Entente.Tests.Support;

namespace Entente.Tests.Web;

/// <summary>
/// The API as its clients use it: a client generated from <c>/openapi/v1.json</c> by Kiota (the repository's
/// dotnet tool) compiles, and no property of its models is left untyped.
/// </summary>
public class GeneratedClientTests(PostgresServer postgres)
{
    // The Kiota runtime the generated code is written against, from NuGet.
    private static readonly string[] s_kiotaPackages =
    [
        "Microsoft.Kiota.Abstractions", "Microsoft.Kiota.Http.HttpClientLibrary", "Microsoft.Kiota.Serialization.Json",
        "Microsoft.Kiota.Serialization.Text", "Microsoft.Kiota.Serialization.Form", "Microsoft.Kiota.Serialization.Multipart",
    ];

    // Properties whose values are a closed set, each with one of its keys.
    private static readonly (string Model, string Property, string Key)[] s_closedSets =
    [
        ("AssessmentInput", "status", "in-progress"), ("ConflictView", "kind", "value-mismatch"), ("ConflictView", "severity", "high"),
        ("ConflictView", "status", "resolved"), ("ConflictSummary", "severity", "medium"), ("JointStatus", "state", "disagreement"),
        ("JointStatus", "status", "achieved"), ("ProvisionView", "modality", "obligation"), ("ProvisionView", "part", "operative"),
        ("RelationView", "direction", "incoming"), ("ConsultationView", "box", "inbox"), ("ConsultationView", "next", "acknowledged"),
        ("SeriesPointView", "qualifier", "at-least"), ("DocumentListItem", "status", "analysed"), ("TransitionInput", "to", "held"),
        ("ClauseLinkView", "evidence", "terms"), ("TimelineEntry", "kind", "session"),
    ];

    private const string KiotaRuntimeVersion = "2.1.6";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AClientGeneratedFromTheOpenApiDocumentCompilesWithEveryPropertyTyped()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var document = await app.Client.GetStringAsync("/openapi/v1.json", Ct);

        // Outside the repository, so its central package versions and build settings do not apply to the client.
        var folder = Directory.CreateTempSubdirectory("entente-client-");
        try
        {
            var openApi = Path.Combine(folder.FullName, "openapi.json");
            await File.WriteAllTextAsync(openApi, document, Ct);
            var repository = RepositoryRoot();
            await RunAsync(repository, "dotnet", "tool", "restore");
            await RunAsync(repository, "dotnet", "kiota", "generate", "--openapi", openApi, "--language", "CSharp",
                "--output", Path.Combine(folder.FullName, "Generated"), "--class-name", "EntenteClient",
                "--namespace-name", "Entente.Client", "--clean-output");

            var models = Directory.GetFiles(Path.Combine(folder.FullName, "Generated"), "*.cs", SearchOption.AllDirectories);
            Assert.True(models.Length > 50, $"only {models.Length} files generated");
            var untyped = models.Where(f => File.ReadAllText(f).Contains("UntypedNode", StringComparison.Ordinal))
                .Select(Path.GetFileName).ToList();
            Assert.True(untyped.Count == 0, $"properties left untyped (UntypedNode) in {string.Join(", ", untyped.Take(20))}");

            // A closed set of keys reaches the client as an enum of those keys, not as a free string.
            foreach (var (model, property, key) in s_closedSets)
            {
                var enumFile = Path.Combine(folder.FullName, "Generated", "Models", $"{model}_{property}.cs");
                Assert.True(File.Exists(enumFile), $"{model}.{property} is not an enum in the generated client");
                Assert.Contains($"[EnumMember(Value = \"{key}\")]", await File.ReadAllTextAsync(enumFile, Ct), StringComparison.Ordinal);
                Assert.Contains($"Models.{model}_{property}", await File.ReadAllTextAsync(Path.Combine(folder.FullName, "Generated", "Models", model + ".cs"), Ct), StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "Client.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                {string.Join('\n', s_kiotaPackages.Select(p => $"""    <PackageReference Include="{p}" Version="{KiotaRuntimeVersion}" />"""))}
                  </ItemGroup>
                </Project>
                """, Ct);
            var build = await RunAsync(folder.FullName, "dotnet", "build", "-nologo", "-clp:ErrorsOnly");
            Assert.DoesNotContain(": error ", build, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's .config/dotnet-tools.json was not found above " + AppContext.BaseDirectory);
    }

    // Runs a command to its end; fails the test, with what it wrote, when it does not succeed.
    private static async Task<string> RunAsync(string workingDirectory, string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        var written = await output + await error;
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{written}");
        return written;
    }
}
