using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests.Support;

/// <summary>Signs a test user in through the sign-in form, as a person would.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".site-header .account")).ToContainTextAsync(user);
    }
}
