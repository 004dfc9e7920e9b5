using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>The end-to-end tests: one Chromium and one default server for the whole run (starting either is most of a small
/// test's time). The tests of the collection run one after another, beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<DefaultServerFixture>
{
    public const string Name = "Browser";
}
