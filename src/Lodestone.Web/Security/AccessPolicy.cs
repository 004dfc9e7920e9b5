using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Security;

/// <summary>Who may read and write: one API key, sent as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</summary>
/// <remarks>With no key configured, writes are closed to everyone; reads are open unless <see cref="RequireKeyForReads"/>.</remarks>
internal sealed class AccessPolicy(string? apiKey, bool requireKeyForReads)
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[]? _key = string.IsNullOrEmpty(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey);

    public bool RequireKeyForReads { get; } = requireKeyForReads;

    public bool HasKey => _key is not null;

    /// <summary>Whether the request carries the configured key (compared in constant time).</summary>
    public bool IsAuthorized(HttpRequest request)
    {
        if (_key is null)
        {
            return false;
        }
        var presented = request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            var auth = request.Headers.Authorization.ToString();
            if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                presented = auth["Bearer ".Length..].Trim();
            }
        }
        return presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _key);
    }
}
