using Microsoft.Playwright;

namespace Entente.BrowserTests.Support;

/// <summary>Saves the screen at a journey's end as a test artifact, and collects what the browser complained about.</summary>
public static class Journey
{
    /// <summary>Folder of the screenshots: <c>artifacts/screenshots</c> at the repository root (or the test output when not in a clone).</summary>
    public static string ScreenshotFolder { get; } = Locate();

    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, path);
        return path;
    }

    /// <summary>Records console errors and refused resources (a Content-Security-Policy violation shows up here).</summary>
    public static List<string> CollectProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{message.Text} at {message.Location} on {page.Url}");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return Path.Combine(dir.FullName, "artifacts", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "screenshots");
    }
}
