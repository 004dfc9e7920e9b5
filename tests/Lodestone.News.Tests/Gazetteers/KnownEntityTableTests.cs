using Lodestone.Data;
using Lodestone.Domain.Errors;
using Lodestone.News.Gazetteers;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Gazetteers;

public sealed class KnownEntityTableTests
{
    [Fact]
    public void Load_ShippedTables_HaveAtLeast150CompaniesEachWithAnHttpSource()
    {
        // Given the shipped data/reference/companies.csv and places.csv
        var entities = KnownEntityTable.Load(DataPaths.DefaultDataDirectory, DefaultData.Dataset.Countries);

        // Then they load without issues, hold at least 150 organisations and every row cites an http(s) page
        Assert.True(entities.Count(e => !e.IsPlace) >= 150, $"{entities.Count(e => !e.IsPlace)} organisations");
        Assert.True(entities.Count(e => e.IsPlace) >= 150, $"{entities.Count(e => e.IsPlace)} places");
        Assert.All(entities, e => Assert.StartsWith("http", e.SourceUrl, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShippedTables_EveryCheckedRowCarriesItsCheckDateAndEveryUncheckedRowNone()
    {
        // Given the shipped tables, whose rows were checked against stored copies of public pages on 2026-12-05
        var entities = KnownEntityTable.Load(DataPaths.DefaultDataDirectory, DefaultData.Dataset.Countries);

        // Then a checked row says when (and an unchecked one does not), and the counts are reported
        var companies = entities.Where(e => !e.IsPlace).ToList();
        var places = entities.Where(e => e.IsPlace).ToList();
        Assert.All(entities, e => Assert.Equal(e.SourceChecked, e.CheckedOn is not null));
        var report = $"checked: {companies.Count(e => e.SourceChecked)} of {companies.Count} companies, "
            + $"{places.Count(e => e.SourceChecked)} of {places.Count} places";
        Console.WriteLine(report);
        Assert.True(companies.Count(e => e.SourceChecked) >= 1, report);
    }

    [Fact]
    public void Load_CheckedRowWithoutDate_ReportsFileLineAndField()
    {
        // Given a places.csv whose line 2 claims a checked source without a check date, line 3 a check date on an
        // unchecked row, line 4 a check date that is not a day, line 5 a checked row with no URL
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reference"));
        File.WriteAllText(dir.File(Path.Combine("reference", "places.csv")),
            "name,aliases,kind,iso3,source_title,source_url,source_checked,source_published,checked_on\n"
            + "Kolwezi,,city,COD,Kolwezi page,https://example.org/kolwezi,yes,,\n"
            + "Likasi,,city,COD,Likasi page,https://example.org/likasi,no,,2026-12-05\n"
            + "Lubumbashi,,city,COD,Lubumbashi page,https://example.org/lubumbashi,yes,2025-01,2026-12\n"
            + "Kipushi,,city,COD,Kipushi page,,yes,,2026-12-05\n");

        var e = Assert.Throws<DataValidationException>(() => KnownEntityTable.Load(dir.Path, DefaultData.Dataset.Countries));

        var issues = e.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, i => i.StartsWith("reference/places.csv:2:checked_on", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/places.csv:3:checked_on", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/places.csv:4:checked_on", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/places.csv:5:source_url", StringComparison.Ordinal));
        Assert.Equal(4, issues.Count);
    }

    [Fact]
    public void Load_CheckedRowWithDates_KeepsThem()
    {
        // Given one checked company with the page's own date (a month) and the day it was checked
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reference"));
        File.WriteAllText(dir.File(Path.Combine("reference", "companies.csv")),
            "name,aliases,iso3,kind,source_title,source_url,source_checked,source_published,checked_on\n"
            + "Acme Mining,,AUS,company,Acme annual report,https://acme.example/ar,yes,2025-09,2026-12-05\n");

        var acme = Assert.Single(KnownEntityTable.Load(dir.Path, DefaultData.Dataset.Countries));

        Assert.True(acme.SourceChecked);
        Assert.Equal(new DateOnly(2026, 12, 5), acme.CheckedOn);
        Assert.Equal(new Lodestone.Domain.Model.PartialDate(2025, 9), acme.SourcePublished);
    }

    [Fact]
    public void Load_BadRows_ReportFileLineAndField()
    {
        // Given a companies.csv with an unknown country (line 2), an unknown kind and a non-URL source (line 3)
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reference"));
        File.WriteAllText(dir.File(Path.Combine("reference", "companies.csv")),
            "name,aliases,iso3,kind,source_title,source_url,source_checked,source_published,checked_on\n"
            + "Acme Mining,,XXX,company,Acme site,https://acme.example,no,,\n"
            + "Beta Metals,,AUS,miner,Beta site,beta.example,maybe,,\n");

        var e = Assert.Throws<DataValidationException>(() => KnownEntityTable.Load(dir.Path, DefaultData.Dataset.Countries));

        var issues = e.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, i => i.StartsWith("reference/companies.csv:2:iso3", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/companies.csv:3:kind", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/companies.csv:3:source_url", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("reference/companies.csv:3:source_checked", StringComparison.Ordinal));
    }
}
