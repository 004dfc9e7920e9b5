using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Reassigns output to the country that controls it, from country-level ownership facts.</summary>
/// <remarks>
/// controlled(S) = Σ_X share(X) · c(X → S), where c(X → S) is the share of X's stage output controlled by companies of S
/// (from <see cref="OwnershipFact.CountryShare"/>) and c(S → S) = 1 − Σ_{Y≠S} c(S → Y). Asset-level facts whose asset share
/// of the country is unknown are not used (they are listed as context). "At least" facts make the result a lower bound.
/// </remarks>
internal static class ControlAdjustment
{
    /// <summary>Usable country-level control shares for a commodity and stage.</summary>
    public static IReadOnlyList<OwnershipFact> Usable(Dataset dataset, string commodity, Stage stage) =>
        dataset.Ownership.Where(o => o.Commodity == commodity && o.Stage == stage && o.CountryShare is not null && o.Owner != o.Country).ToList();

    /// <summary>Controlled share of <paramref name="supplier"/> given the shares of every country at the stage.</summary>
    public static double Controlled(IReadOnlyDictionary<Iso3, double> shares, Iso3 supplier, IReadOnlyList<OwnershipFact> facts)
    {
        var total = 0.0;
        foreach (var (country, share) in shares)
        {
            var owned = facts.Where(f => f.Country == country).ToList();
            var toSupplier = owned.Where(f => f.Owner == supplier).Sum(f => f.CountryShare!.Value);
            var kept = country == supplier ? Math.Max(0, 1 - owned.Sum(f => f.CountryShare!.Value)) : 0;
            total += share * (toSupplier + kept);
        }
        return Math.Clamp(total, 0, 1);
    }
}
