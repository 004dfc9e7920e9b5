using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>An importer's net import reliance for a commodity in a year.</summary>
/// <param name="Series">The series the figure is for when a commodity has several ("titanium sponge"); else the commodity name.</param>
/// <param name="Note">Which series is meant, estimate flags and footnotes, as the source states.</param>
public sealed record NetImportRelianceFact(
    string Commodity,
    string Series,
    Iso3 Importer,
    int Year,
    NetImportReliance Value,
    string? Note,
    string SourceId);
