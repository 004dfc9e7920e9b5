using System.IO.Compression;
using System.Security.Cryptography;

namespace Lodestone.Web.Caching;

/// <summary>One rendered 200 response: its UTF-8 body, content type and strong ETag, with Brotli and gzip forms made on first demand.</summary>
/// <remarks>
/// The ETag is a hash of the body (the first 16 bytes of its SHA-256, hex), so it changes exactly when the bytes do: a
/// reload that changes the document changes it, and one that leaves the document as it was keeps it (clients keep their
/// copy, which is still right). Each encoding is a separate representation with its own ETag (suffix <c>-br</c>, <c>-gz</c>).
/// </remarks>
internal sealed class CachedResponse
{
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    public CachedResponse(byte[] body, string contentType)
    {
        Body = body;
        ContentType = contentType;
        var tag = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));
        ETag = $"\"{tag}\"";
        BrotliETag = $"\"{tag}-br\"";
        GzipETag = $"\"{tag}-gz\"";
        _brotli = new Lazy<byte[]>(() => Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)));
        _gzip = new Lazy<byte[]>(() => Compress(body, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)));
    }

    /// <summary>The identity (uncompressed) body.</summary>
    public byte[] Body { get; }

    public string ContentType { get; }

    public string ETag { get; }

    public string BrotliETag { get; }

    public string GzipETag { get; }

    /// <summary>The body in <paramref name="encoding"/>, with that representation's ETag.</summary>
    public (byte[] Bytes, string ETag) In(ContentCoding encoding) => encoding switch
    {
        ContentCoding.Brotli => (_brotli.Value, BrotliETag),
        ContentCoding.Gzip => (_gzip.Value, GzipETag),
        _ => (Body, ETag),
    };

    /// <summary>True when an <c>If-None-Match</c> entity tag names one of this response's representations.</summary>
    public bool Matches(string entityTag)
    {
        var tag = entityTag.StartsWith("W/", StringComparison.Ordinal) ? entityTag[2..] : entityTag;
        return tag == "*" || tag == ETag || tag == BrotliETag || tag == GzipETag;
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var compressor = open(output))
        {
            compressor.Write(body);
        }
        return output.ToArray();
    }
}
