using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>Which supply-chain stage one USGS import-source category is at, and what it is used for.</summary>
/// <param name="Category">As the import-source facts carry it ("Metal, oxide, and salts", "natural graphite: all"); null on a
/// headline that says no published list stands for the whole import (magnesium metal: two lists, no total).</param>
/// <param name="Stage">The stage whose product the category is; null when it spans stages (a total over ore and ferroalloys).</param>
/// <param name="NirSeries">The USGS net-import-reliance series that describes the same product ("natural graphite"), read beside these shares.</param>
/// <param name="Reason">Why: the product the category covers, in one line.</param>
public sealed record ImportCategoryRule(string Commodity, string? Category, Stage? Stage, ImportCategoryUse Use, string NirSeries, string Reason);
