using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;
using Lodestone.Web.Hosting;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Hosting;

public sealed class BriefCacheTests
{
    private static readonly BriefRequest Request = new(new Iso3("USA"), new Iso3("CHN"), null, new DateOnly(2026, 11, 23));

    [Fact]
    public void GetOrCompute_SameSnapshotAndRequest_ReturnsTheSameBrief()
    {
        // Given
        var cache = new BriefCache();

        // When
        var first = cache.GetOrCompute(DefaultData.Dataset, Request);
        var second = cache.GetOrCompute(DefaultData.Dataset, Request);

        // Then
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrCompute_NewSnapshot_ComputesAgainFromIt()
    {
        // Given: a reload swapped in another snapshot (here the hostile one, whose China is renamed)
        var cache = new BriefCache();
        var before = cache.GetOrCompute(DefaultData.Dataset, Request);

        // When
        var after = cache.GetOrCompute(HostileData.Create(), Request);

        // Then
        Assert.NotSame(before, after);
    }
}
