using Lodestone.News.Gazetteers;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>A country mention with how it was named (a group phrase yields one per member, all sharing the span).</summary>
internal sealed record CountryMention(Mention Mention, CountryReferenceKind Kind, Leader? Leader);
