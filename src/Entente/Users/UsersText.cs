namespace Entente.Users;

/// <summary>Texts of the user administration page, keyed by their English wording (<c>UsersText.ru.resx</c>, <c>UsersText.az.resx</c>).</summary>
public sealed class UsersText;
