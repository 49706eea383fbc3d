namespace Entente.Sources;

/// <summary>
/// The rules of a site's robots.txt that apply to Entente: the group naming Entente's product token, else the
/// <c>*</c> group. The longest matching <c>Allow</c> or <c>Disallow</c> path wins (<c>Allow</c> on a tie); <c>*</c>
/// matches any run of characters and a final <c>$</c> anchors the end, as RFC 9309 says.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not null && field is "allow" or "disallow" && value.Length > 0)
            {
                current.Value.Rules.Add((value, field == "allow"));
            }
        }

        var token = productToken.ToLowerInvariant();
        var own = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        var chosen = own.Count > 0 ? own : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)]);
    }

    /// <summary>Whether the path and query of an address may be fetched.</summary>
    public bool Allows(Uri uri)
    {
        var path = uri.PathAndQuery;
        var best = (Length: -1, Allow: true);
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (pattern.Length, allow);
            }
        }

        return best.Allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            // The last piece of an anchored pattern must end the path; any other may be found anywhere further on.
            var found = anchored && i == parts.Length - 1
                ? (path.Length - parts[i].Length >= at && path.EndsWith(parts[i], StringComparison.Ordinal) ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
