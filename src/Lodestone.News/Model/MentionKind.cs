namespace Lodestone.News.Model;

/// <summary>What a mention refers to.</summary>
public enum MentionKind
{
    /// <summary>A country (value = ISO3); groups such as "C5" yield one mention per member.</summary>
    Country,
    /// <summary>A commodity (value = canonical lower-case name).</summary>
    Commodity,
    /// <summary>A generic subject such as "critical minerals" that names no commodity.</summary>
    Topic,
    Organization,
    Person,
}
