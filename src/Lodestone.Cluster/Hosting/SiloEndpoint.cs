using System.Net;

namespace Lodestone.Cluster.Hosting;

/// <summary>Where a silo listens: its address (advertised to the others) and its silo-to-silo and client gateway ports.</summary>
public sealed record SiloEndpoint(IPAddress Address, int SiloPort = 11111, int GatewayPort = 30000);
