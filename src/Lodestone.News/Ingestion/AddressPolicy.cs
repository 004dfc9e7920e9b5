using System.Net;
using System.Net.Sockets;

namespace Lodestone.News.Ingestion;

/// <summary>Which network addresses the fetcher may connect to.</summary>
/// <remarks>
/// Public addresses and loopback are allowed. Private and link-local ranges (10/8, 172.16/12, 192.168/16,
/// 100.64/10 carrier-grade NAT, 169.254/16 including cloud metadata endpoints, fc00::/7, fe80::/10), the
/// unspecified and multicast addresses are refused unless <see cref="AllowPrivate"/> is set: a feed URL must not be
/// a way into the local network.
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
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
    }
}
