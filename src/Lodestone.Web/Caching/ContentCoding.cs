namespace Lodestone.Web.Caching;

/// <summary>The response encodings the cache serves.</summary>
internal enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}
