namespace Lodestone.Web.Caching;

/// <summary>The response encodings the cache serves.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}
