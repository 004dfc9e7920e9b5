namespace Lodestone.Domain.Model;

/// <summary>The agreement types of a dataset and the tie each creates: who counts as an agreement partner is decided by the
/// agreement's type and the commodities it names, never by words in its text.</summary>
public sealed class AgreementTypeBook
{
    private readonly Dictionary<string, AgreementTypeRule> _byType;

    /// <summary>One rule per agreement type.</summary>
    /// <exception cref="ArgumentException">A type is listed twice.</exception>
    public AgreementTypeBook(IEnumerable<AgreementTypeRule> rules)
    {
        Rules = rules.ToList();
        _byType = Rules.ToDictionary(r => r.Type, StringComparer.Ordinal);
    }

    /// <summary>No rules: no agreement makes a partner (constructed test datasets).</summary>
    public static AgreementTypeBook Empty { get; } = new([]);

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<AgreementTypeRule> Rules { get; }

    /// <summary>The tie an agreement of <paramref name="type"/> creates; <see cref="AgreementTie.None"/> for a type with no rule
    /// (an agreement accepted from the news with a new wording makes no partner until its type is classified).</summary>
    public AgreementTie TieOf(string type) => _byType.TryGetValue(type, out var rule) ? rule.Tie : AgreementTie.None;

    /// <summary>The rule for <paramref name="type"/>, or null when it has none.</summary>
    public AgreementTypeRule? For(string type) => _byType.GetValueOrDefault(type);
}
