using CsCheck;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Exposure;

/// <summary>Invariants of the traced exposure on generated worlds: every traced share is an interval within [0, 1] with
/// its lower bound at most its upper, for every country and stage, every origin content, every importer's stage share,
/// split and partner; and two values fixed by the definitions: a supply the complete matrix records no import into, on
/// a one-stage chain, carries none of the supplier ([0, 0]); a country with no room for own output that imports only
/// from the supplier carries all of it ([1, 1]).</summary>
public sealed class TracingPropertyTests
{
    private static readonly Iso3 Chn = new("CHN");

    [Fact]
    public void Trace_GeneratedWorlds_SharesAreOrderedBoundsWithinZeroAndOne()
    {
        var exact = 0;

        Gen.Int[0, int.MaxValue].Select(GeneratedWorld.Generate).Sample(world =>
        {
            var trace = TradeTracer.Trace(world.Data, "lithium", Chn);
            Assert.Equal(ShareBounds.One, trace.Content(Chn, Stage.Refining));
            foreach (var stage in trace.Chain)
            {
                foreach (var country in GeneratedWorld.Pool)
                {
                    Bounded(trace.Content(country, stage));
                    Bounded(trace.MadeHere(country, stage));
                    Bounded(trace.OriginContent(new Iso3("USA"), country, stage));
                    if (trace.Node(country, stage) is { } node)
                    {
                        Bounded(node.Split);
                        Interlocked.Add(ref exact, Fixed(world, trace, node) ? 1 : 0);
                    }
                }
            }
            foreach (var importer in GeneratedWorld.Pool.Where(c => c != Chn))
            {
                foreach (var stage in ImporterTracer.Trace(world.Data, importer, trace).Stages)
                {
                    Bounded(stage.Share);
                    Bounded(stage.Split);
                    Assert.All(stage.Partners, p => Assert.InRange(p.Weight, 0, 1));
                    Assert.All(stage.Partners, p => Bounded(p.Content));
                }
            }
        }, iter: 200, print: w => w.ToString());

        Assert.True(exact > 0, "no country whose content the definitions fix was generated");
    }

    /// <summary>Checks the two values the definitions fix, where they apply; true when one applied.</summary>
    private static bool Fixed(GeneratedWorld world, TradeTrace trace, TraceNode node)
    {
        if (world.MiningToo || node.Country == Chn || node.Stage != Stage.Refining)
        {
            return false;
        }
        if (node.Imports.IsKnownZero)
        {
            Assert.Equal(ShareBounds.Zero, trace.Content(node.Country, node.Stage));
            return true;
        }
        if (node.Production.IsZero && node.Imports.Flows.Count > 0 && node.Imports.Flows.All(f => f.Exporter == Chn))
        {
            Assert.Equal(ShareBounds.One, trace.Content(node.Country, node.Stage));
            return true;
        }
        return false;
    }

    private static void Bounded(ShareBounds bounds)
    {
        Assert.InRange(bounds.Low, 0, 1);
        Assert.InRange(bounds.High, bounds.Low, 1);
    }
}
