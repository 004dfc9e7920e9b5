namespace Lodestone.Domain.Facts;

/// <summary>What an import-source category is used for (data/reference/usgs_import_categories.csv, column <c>use</c>).</summary>
public enum ImportCategoryUse
{
    /// <summary>The category a commodity's import shares are quoted by: brief, risk, exposure's import stage, simulation and planner default.</summary>
    Headline,
    /// <summary>The category that gives the weights at its own stage when that stage is asked for (ore at mining, scrap at recycling).</summary>
    Stage,
    /// <summary>Shown beside the others; never one stage's weights (a form inside a total, a total spanning stages, a second product).</summary>
    Detail,
}
