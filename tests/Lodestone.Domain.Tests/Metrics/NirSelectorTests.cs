using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

/// <summary>NIR selection stays on one series per commodity: a newer year of another series never switches it (issue 11).</summary>
public class NirSelectorTests
{
    private static readonly Iso3 Usa = new("USA");

    /// <summary>The default data with the NIR facts replaced by <paramref name="nir"/>.</summary>
    private static Dataset WithNir(params NetImportRelianceFact[] nir)
    {
        var d = DefaultData.Dataset;
        return new Dataset(d.Commodities, d.Countries, d.Sources.Values, d.Production, d.Reserves, nir, d.ImportSources, d.StageShares,
            d.ExportControls, d.Agreements, d.Projects);
    }

    private static NetImportRelianceFact Fact(string series, int year, double percent) =>
        new("zinc", series, Usa, year, NetImportReliance.Exact(percent), null, DefaultData.Dataset.Sources.Keys.First());

    [Fact]
    public void Choose_OtherSeriesHasANewerYear_StaysOnTheCommoditySeries()
    {
        // Given: refined zinc ("zinc") up to 2024, ores and concentrates with a 2025 figure only
        var data = WithNir(Fact("zinc", 2023, 76), Fact("zinc", 2024, 73), Fact("zinc: ores and concentrates", 2025, 10));

        // When
        var chosen = NirSelector.Choose(data, "zinc", Usa, null);

        // Then: the newest figure of the one series, not the other series' newer year
        Assert.Equal(("zinc", 2024, 73.0), (chosen!.Series, chosen.Year, chosen.Value.Percent!.Value));
    }

    [Fact]
    public void Choose_YearWithoutFigure_NewestBeforeItInTheSameSeries()
    {
        var data = WithNir(Fact("zinc", 2022, 80), Fact("zinc", 2024, 73), Fact("zinc: ores and concentrates", 2023, 10));

        var chosen = NirSelector.Choose(data, "zinc", Usa, 2023);

        Assert.Equal(("zinc", 2022), (chosen!.Series, chosen.Year));
    }

    [Fact]
    public void Choose_UsableFilter_FiltersYearsNeverTheSeries()
    {
        // Given: the commodity series' newest figure is a bound; only the other series has an exact 2024 figure
        var data = WithNir(Fact("zinc", 2023, 76), Fact("zinc", 2024, 50) with { Value = new NetImportReliance(NirKind.GreaterThan, 50) },
            Fact("zinc: ores and concentrates", 2024, 10));

        // When: only exact figures are usable
        var chosen = NirSelector.Choose(data, "zinc", Usa, null, usable: n => n.Value.Kind == NirKind.Exact);

        // Then: the commodity series' older exact figure
        Assert.Equal(("zinc", 2023), (chosen!.Series, chosen.Year));
    }

    [Fact]
    public void Choose_StageSeriesGiven_PrefersTheSeriesShownBesideIt()
    {
        // Titanium has no "titanium" NIR series: mcs2025-titan_salient.csv NIR_Sponge_pct (titanium sponge, >95 in 2024) and
        // NIR_Dioxide_pct (pigment, E); a brief row that shows titanium sponge at the refining stage reads the sponge series.
        var chosen = NirSelector.Choose(DefaultData.Dataset, "titanium", Usa, 2024, new HashSet<string> { "ilmenite", "titanium sponge" });

        Assert.Equal(("titanium sponge", 2024, ">95"), (chosen!.Series, chosen.Year, chosen.Value.ToString()));
    }
}
