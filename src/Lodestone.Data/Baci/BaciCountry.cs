using Lodestone.Domain.Model;

namespace Lodestone.Data.Baci;

/// <summary>One code of BACI's country table: the ISO country it stands for, or why its flows are not a country's.</summary>
/// <param name="Code">BACI's numeric code (ISO 3166-1 numeric, UN Comtrade customs-area codes such as 842, or BACI's own such as 490).</param>
/// <param name="Iso3">The country, or null for an aggregate ("Europe EFTA, nes") whose flows name no country.</param>
/// <param name="Name">BACI's name for the code.</param>
/// <param name="Note">How the code was read ("Other Asia, nes: Taiwan"), or why it is not a country.</param>
internal sealed record BaciCountry(int Code, Iso3? Iso3, string Name, string? Note);
