using Lodestone.Domain.Exposure;

namespace Lodestone.Exposure.Contracts;

/// <summary>One supply route, origin first ("CHN/mining"), use last ("USA/use"), with the share (0–1) of the importer's supply it carries.</summary>
public sealed record PathJson(IReadOnlyList<string> Nodes, double Share)
{
    public static PathJson From(ExposurePath p) => new(p.Nodes.Select(n => n.ToString()).ToList(), p.Share);
}
