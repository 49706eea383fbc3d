using Entente.Tests.Support;

namespace Entente.Tests;

/// <summary>The tracking verbs: <c>items import</c>, <c>items export</c>, <c>consultations list</c>.</summary>
public class TrackingCliTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ItemsImportReportsRefusedRowsOnStderrAndExitsWithThree()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var file = Path.Combine(Path.GetDirectoryName(target.SqlitePath)!, "items.csv");
        await File.WriteAllTextAsync(file, "title,due_on\nGood row,2027-01-01\nBad row,tomorrow\n", Ct);

        var run = await CliRun.RunAsync("items", "import", file, "--party", "AZ", "--db", "sqlite:" + target.SqlitePath);
        var export = await CliRun.RunAsync("items", "export", "--db", "sqlite:" + target.SqlitePath);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Imported 1 action item(s); refused 1 row(s).", run.Output, StringComparison.Ordinal);
        Assert.Contains("items.csv:3: due_on: 'tomorrow'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Good row,,AZ,party,planned", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationsListPrintsOneLinePerConsultation()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        await workspace.As("ru-coordinator").PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Threat on the border" });
        await workspace.As("az-coordinator").PostJsonAsync("/api/consultations", new { kind = "regular", subject = "Students" });

        var run = await CliRun.RunAsync("consultations", "list", "--open", "--db", "sqlite:" + workspace.Target.SqlitePath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("\turgent\trequested\tRU→AZ\t", StringComparison.Ordinal) && l.EndsWith("Threat on the border", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersTokenPrintsASecretThatOpensTheApi()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        var run = await CliRun.RunAsync("users", "token", "az-coordinator", "--name", "nightly export", "--scope", "write", "--db", "sqlite:" + workspace.Target.SqlitePath);
        var unknown = await CliRun.RunAsync("users", "token", "nobody", "--name", "x", "--db", "sqlite:" + workspace.Target.SqlitePath);

        Assert.Equal(0, run.ExitCode);
        var secret = run.Output.Trim();
        Assert.StartsWith("ent_", secret, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await workspace.App.WithToken(secret).GetAsync("/api/consultations?box=inbox", Ct)).StatusCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no user 'nobody'", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users", "token", "--help")]
    [InlineData("audit", "verify", "--help")]
    [InlineData("items", "import", "--help")]
    [InlineData("consultations", "list", "--help")]
    public async Task TheNewVerbsHaveHelp(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }
}
