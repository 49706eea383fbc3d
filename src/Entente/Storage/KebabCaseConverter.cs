using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Entente.Storage;

/// <summary>Stores an enum as its kebab-case key.</summary>
public sealed class KebabCaseConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => KebabCase.ToKey(value),
    key => KebabCase.Parse<TEnum>(key))
    where TEnum : struct, Enum;
