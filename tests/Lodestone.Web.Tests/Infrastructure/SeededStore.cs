namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>A copy of the seeded template (<see cref="SeededStoreTemplates"/>): the <c>--db</c> value and the news
/// store in it.</summary>
public sealed record SeededStore(string Db, NewsStoreFile News) : IDisposable
{
    public void Dispose() => News.Dispose();
}
