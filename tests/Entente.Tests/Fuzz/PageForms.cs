using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Tests.Fuzz;

/// <summary>One field of a page's form as the page fills it in: its name, the kind of input, and its value.</summary>
public sealed record FormField(string Name, string Kind, string Value);

/// <summary>A form a page offers, with the address its submit button posts to.</summary>
public sealed record PageForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields)
{
    public override string ToString() => $"{Action} (on {Page})";
}

/// <summary>Reads the POST forms of a page and the same-site links it offers, as a browser would see them.</summary>
public static class PageForms
{
    private static readonly HtmlParser s_parser = new();

    public static IReadOnlyList<PageForm> Read(string page, string html)
    {
        var document = s_parser.ParseDocument(html);
        var forms = new List<PageForm>();
        foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
        {
            var action = Local(form.GetAttribute("action")) ?? page;
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            var fields = FieldsOf(form);

            // A submit button may post elsewhere (a page handler) and add its own name and value.
            var buttons = form.QuerySelectorAll("button, input[type=submit]").ToList();
            var targets = buttons.Select(b => (Action: Local(b.GetAttribute("formaction")) ?? action, Button: Named(b))).DistinctBy(t => t.Action).ToList();
            if (targets.Count == 0)
            {
                targets.Add((action, null));
            }

            forms.AddRange(targets.Select(t => new PageForm(page, t.Action, multipart, t.Button is { } button ? [.. fields, button] : fields)));
        }

        return forms;
    }

    /// <summary>The site's own pages this page links to (paths only, no fragments).</summary>
    public static IEnumerable<string> Links(string html) =>
        s_parser.ParseDocument(html).QuerySelectorAll("a[href]")
            .Select(a => Local(a.GetAttribute("href")))
            .OfType<string>()
            .Select(href => href.Split('#')[0])
            .Where(href => href.Length > 0);

    private static List<FormField> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<FormField>();
        foreach (var element in form.Elements)
        {
            if (element.GetAttribute("name") is not { Length: > 0 } name || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked || !fields.Any(f => f.Name == name))
                    {
                        fields.RemoveAll(f => f.Name == name && f.Kind == box.Type);
                        fields.Add(new FormField(name, box.Type!, box.Value ?? "on"));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new FormField(name, input.Type ?? "text", input.Value ?? ""));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    fields.Add(new FormField(name, "select", option?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new FormField(name, "textarea", area.Value ?? ""));
                    break;
            }
        }

        return fields;
    }

    private static FormField? Named(IElement button) =>
        button.GetAttribute("name") is { Length: > 0 } name ? new FormField(name, "button", button.GetAttribute("value") ?? "") : null;

    // Only the site's own addresses: absolute paths, not other hosts, mail or script links.
    private static string? Local(string? href) =>
        href is { Length: > 0 } && href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? href : null;
}
