using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

/// <summary>
/// Partner and C5 shares on the shipped data: partners by the tie each agreement type creates (data/reference/agreement_types.csv),
/// not by the words "critical minerals"; C5 and partner shares at the refining stage too. Expected values are read by hand from
/// data/usgs/MCS2025_World_Data.csv (USGS MCS 2025 data release, 2024 estimates) and data/agreements.csv.
/// </summary>
public class GroupSharesTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static IReadOnlySet<Iso3> PartnersOf(string commodity, DateOnly asOf) =>
        BriefCalculator.AgreementPartners(DefaultData.Dataset, new BriefRequest(new Iso3("USA"), new Iso3("CHN"), null, asOf))[commodity];

    [Fact]
    public void AgreementPartners_Antimony_AreTheMspAndMspForumMembers()
    {
        // No agreement of the importer names antimony except the truce with China (the supplier, left out), so the partners are the
        // MSP and MSP Forum members: the MSP and MSP_FORUM groups of data/reference/country_groups.csv (State Department; European
        // Commission 2024-09-27), less the United States itself.
        var countries = DefaultData.Dataset.Countries;
        var expected = countries.InGroup(CountryGroups.Msp).Concat(countries.InGroup(CountryGroups.MspForum))
            .Select(c => c.Iso3).Where(c => c.Code != "USA").ToHashSet();

        Assert.Equal(expected.Select(c => c.Code).Order(StringComparer.Ordinal), PartnersOf("antimony", AsOf).Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AgreementPartners_DialoguesAndSummits_MakeNoPartner()
    {
        // Tajikistan's ties with the U.S. in data/agreements.csv are the C5+1 declaration (2023-09-19), dialogue (2024-02-08) and
        // summit (2025-11-06), all "critical minerals (general)" in their text: none is a partnership, so Tajikistan is no partner.
        // Israel is party only to Kazakhstan's Abraham Accords accession, which names no commodity.
        Assert.DoesNotContain(new Iso3("TJK"), PartnersOf("antimony", AsOf));
        Assert.DoesNotContain(new Iso3("ISR"), PartnersOf("magnesium", AsOf));
    }

    [Fact]
    public void AgreementPartners_NamedCommodity_AddsTheAgreementsParties()
    {
        // USA-JPN-CMA (2023-03-28, a trade agreement) names cobalt; USA-COD-SPA (2025-12-04, a strategic partnership agreement)
        // names cobalt, so the DRC is a cobalt partner (it is also an MSP Forum member); USA-SAU-FW names rare earths, not
        // titanium, so Saudi Arabia is a rare-earth partner and no titanium partner.
        Assert.Contains(new Iso3("COD"), PartnersOf("cobalt", AsOf));
        Assert.Contains(new Iso3("SAU"), PartnersOf("rare earths", AsOf));
        Assert.DoesNotContain(new Iso3("SAU"), PartnersOf("titanium", AsOf));
    }

    [Fact]
    public void AgreementPartners_BeforeJoining_IsNoPartner()
    {
        // India joined the MSP in 2023-06 (MSP-IND); Kazakhstan's first MSP Forum row is its launch on 2024-04-05.
        var early = PartnersOf("antimony", new DateOnly(2023, 1, 1));

        Assert.DoesNotContain(new Iso3("IND"), early);
        Assert.DoesNotContain(new Iso3("KAZ"), early);
        Assert.Contains(new Iso3("JPN"), early);
    }

    [Fact]
    public void AgreementPartners_MspFoundersOf2022_NorwayAndItalyFromTheirOwnDates()
    {
        // data/agreements.csv: the MSP's founders of 2022-06-14 are ten countries and the European Commission (CRM Alliance,
        // 2022-06-17); Norway is first listed as a partner in September 2022 (MSP-NOR), Italy joined in February 2023 (MSP-ITA).
        var founding = PartnersOf("antimony", new DateOnly(2022, 7, 1));
        var endOf2022 = PartnersOf("antimony", new DateOnly(2022, 12, 31));
        var mid2023 = PartnersOf("antimony", new DateOnly(2023, 3, 31));

        Assert.All(new[] { "AUS", "CAN", "FIN", "FRA", "DEU", "JPN", "KOR", "SWE", "GBR" }, c => Assert.Contains(new Iso3(c), founding));
        Assert.DoesNotContain(new Iso3("NOR"), founding);
        Assert.DoesNotContain(new Iso3("ITA"), founding);
        Assert.Contains(new Iso3("NOR"), endOf2022);
        Assert.DoesNotContain(new Iso3("ITA"), endOf2022);
        Assert.Contains(new Iso3("ITA"), mid2023);
    }

    [Fact]
    public void Compute_PartnerShareOfAntimonyMining_SumsMemberFigures()
    {
        // Antimony mine output 2024 (t): Australia 2,000 (MSP), Kazakhstan 40, Mexico 800, Turkey 1,600 (MSP Forum); Canada (MSP)
        // is listed with no figure, so the share is a lower bound; world total 100,000.
        var share = DefaultBrief.Row("antimony").PartnerShareOfMining!;

        Assert.Equal((2000.0 + 40 + 800 + 1600) / 100000, share.Share, 12);
        Assert.True(share.IsLowerBound);
    }

    [Fact]
    public void Compute_C5ShareOfRefining_CountsKazakhTitaniumSpongeAndMagnesium()
    {
        // Titanium sponge 2024 (t): Kazakhstan 14,000 of a world total of 320,000 (which excludes U.S. production).
        // Magnesium metal 2024 (kt): Kazakhstan 20 of 1,000.
        Assert.Equal(14000.0 / 320000, DefaultBrief.Row("titanium").C5ShareOfRefining!.Share, 12);
        Assert.Equal(["KAZ"], DefaultBrief.Row("titanium").C5ShareOfRefining!.Countries);
        Assert.Equal(20.0 / 1000, DefaultBrief.Row("magnesium").C5ShareOfRefining!.Share, 12);
    }

    [Fact]
    public void Compute_PartnerShareOfTitaniumRefining_SumsListedMembers()
    {
        // Titanium sponge 2024 (t): Japan 55,000 and India 300 (MSP), Kazakhstan 14,000 (MSP Forum); Australia, Canada, Germany,
        // the United Kingdom (MSP) and Ukraine (MSP Forum) are listed with no figure (lower bound); Saudi Arabia 15,000 is no
        // titanium partner. World total 320,000.
        var share = DefaultBrief.Row("titanium").PartnerShareOfRefining!;

        Assert.Equal((55000.0 + 300 + 14000) / 320000, share.Share, 12);
        Assert.True(share.IsLowerBound);
    }

    [Fact]
    public void Compute_C5NotListed_IsALowerBoundNotZero()
    {
        // Tungsten mine output 2024: USGS lists no C5 country and puts 1,500 t in "Other Countries" (world 81,000), so whatever the
        // C5 mine is inside that row: 0 is only the lower bound.
        var share = DefaultBrief.Row("tungsten").C5ShareOfMining!;

        Assert.Equal(0, share.Share);
        Assert.True(share.IsLowerBound);
        Assert.Contains("KAZ, KGZ, TJK, TKM, UZB not listed", share.Note, StringComparison.Ordinal);
    }
}
