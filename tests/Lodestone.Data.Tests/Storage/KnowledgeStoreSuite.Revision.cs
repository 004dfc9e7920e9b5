using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The store's revision, which a running server polls to notice writes by other processes.</summary>
public abstract partial class KnowledgeStoreSuite
{
    private static readonly Source RevisionSource = new("src-revision", "Revision test source", null, "https://example.org/revision", null);

    [Fact]
    public async Task Revision_AdvancesByOne_OnEveryCommittedWritePath()
    {
        // Given a migrated, never-written store
        var store = await NewStoreAsync();
        await store.MigrateAsync();
        var revisions = new List<long> { await store.RevisionAsync() };

        // When each kind of write commits: a seed, a replace, an import, a read-modify-write, a trade-flow import
        await store.SeedAsync(Default, "fingerprint");
        revisions.Add(await store.RevisionAsync());
        await store.ReplaceAllAsync(Default);
        revisions.Add(await store.RevisionAsync());
        await store.ImportAsync(FactSet.Empty with { Sources = [RevisionSource] });
        revisions.Add(await store.RevisionAsync());
        await store.UpdateAsync(facts => facts);
        revisions.Add(await store.RevisionAsync());
        var flow = new TradeFlow(2024, new Iso3("KAZ"), new Iso3("USA"), "999999", 1, null, RevisionSource.Id, "HS17");
        await store.ImportTradeFlowsAsync([RevisionSource], [flow], () => false, dryRun: false);
        revisions.Add(await store.RevisionAsync());

        // Then the revision counts them: 0 before any write, then one more per commit
        Assert.Equal([0L, 1, 2, 3, 4, 5], revisions);
    }

    [Fact]
    public async Task Revision_Unchanged_ByReadsDryRunsAndRefusedWrites()
    {
        // Given a seeded store
        var store = await SeededStoreAsync();
        var before = await store.RevisionAsync();

        // When it is read, checked without writing, and sent writes it refuses (one production key twice; flows whose reader failed)
        await store.LoadAsync();
        await store.CheckImportAsync(FactSet.Empty with { Sources = [RevisionSource] }, replace: false);
        var fact = Default.Production[0] with { Year = 2031 };
        await Assert.ThrowsAsync<DuplicateKeyException>(() => store.ImportAsync(FactSet.Empty with { Sources = Default.Sources, Production = [fact, fact] }));
        var flow = new TradeFlow(2024, new Iso3("KAZ"), new Iso3("USA"), "999999", 1, null, RevisionSource.Id, "HS17");
        await store.ImportTradeFlowsAsync([RevisionSource], [flow], () => true, dryRun: false);

        // Then nothing committed, so a server polling the revision has nothing to reload
        Assert.Equal(1, before);
        Assert.Equal(before, await store.RevisionAsync());
    }
}
