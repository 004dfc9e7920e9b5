using System.Net;
using System.Net.Sockets;

namespace Lodestone.News.Ingestion;

/// <summary>Which network addresses the fetcher may connect to.</summary>
/// <remarks>
/// Public addresses and loopback are allowed. Private and link-local ranges (10/8, 172.16/12, 192.168/16,
/// 100.64/10 carrier-grade NAT, 169.254/16 including cloud metadata endpoints, fc00::/7, fe80::/10), the
/// unspecified and multicast addresses are refused unless <see cref="AllowPrivate"/> is set: a feed URL must not be
/// a way into the local network. IPv6 addresses that carry an IPv4 address are judged by it (a private or loopback one
/// is refused): IPv4-compatible <c>::a.b.c.d</c>, IPv4-translated <c>::ffff:0:a.b.c.d</c>, NAT64 <c>64:ff9b::/96</c>
/// (RFC 6052), 6to4 <c>2002::/16</c>, Teredo <c>2001::/32</c> (the client address, stored inverted) and ISATAP interface
/// ids; the local-use NAT64 prefix <c>64:ff9b:1::/48</c> (RFC 8215) is refused whole, since its embedding is the operator's.
/// </remarks>
public sealed record AddressPolicy(bool AllowPrivate = false)
{
    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return true;
        }
        return AllowPrivate || !IsPrivate(address);
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 10
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || b[0] == 0
                || b[0] >= 224;
        }
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return true;
        }
        var bytes = address.GetAddressBytes();
        if (bytes is [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01, ..])
        {
            return true;
        }
        return EmbeddedIPv4(bytes) is { } v4 && (IPAddress.IsLoopback(v4) || IsPrivate(v4));
    }

    /// <summary>The IPv4 address an IPv6 address carries in one of the standard embeddings, or null.</summary>
    public static IPAddress? EmbeddedIPv4(byte[] b)
    {
        if (b.Length != 16)
        {
            return null;
        }
        var zeroFirst8 = b.AsSpan(0, 8).IndexOfAnyExcept((byte)0) < 0;
        // ::a.b.c.d (IPv4-compatible; not :: or ::1) and ::ffff:0:a.b.c.d (IPv4-translated, RFC 2765)
        if (zeroFirst8 && ((b[8] | b[9] | b[10] | b[11]) == 0 || (b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0)))
        {
            return (b[12] | b[13] | b[14]) == 0 && b[15] <= 1 ? null : new IPAddress(b.AsSpan(12, 4));
        }
        // 64:ff9b::/96, the well-known NAT64 prefix
        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        // 2002:AABB:CCDD::/48, 6to4
        if (b is [0x20, 0x02, ..])
        {
            return new IPAddress(b.AsSpan(2, 4));
        }
        // 2001:0000::/32, Teredo: the client's address is the last 32 bits, inverted
        if (b is [0x20, 0x01, 0x00, 0x00, ..])
        {
            return new IPAddress(new[] { (byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15] });
        }
        // ISATAP interface id ::0:5efe:a.b.c.d or ::200:5efe:a.b.c.d under any prefix
        if ((b[8] & 0xfd) == 0 && b[9] == 0 && b[10] == 0x5e && b[11] == 0xfe)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        return null;
    }
}
