using Lodestone.Cli.Commands.Sweep;
using Lodestone.Domain.Errors;
using Lodestone.Testing;
using Lodestone.Web.Contracts;

namespace Lodestone.Cli.Tests.Commands.Sweep;

/// <summary>The checks a server makes on a sweep job with plans before queuing it.</summary>
public class SweepJobRunnerTests
{
    private static readonly SweepJobRunner Runner = new(null, TimeSpan.FromSeconds(60), TextWriter.Null);

    private static SweepJobRequestDto Request(string tail) => new("scenarios: [baseline]\nruns: 100\n" + tail);

    [Fact]
    public void Check_ShippedPlanWithAsOf_Accepted()
    {
        Runner.Check(DefaultData.Dataset,
            Request("plans: [{plan: rare-earths, content: direct}]\nas_of: 2026-11-23\n"));
    }

    [Theory]
    // Without as_of a job run again after midnight would plan on another day: refused (400)
    [InlineData("plans: [rare-earths]\n", ErrorCode.BadArguments, "sweep_yaml: as_of: required")]
    // A path: the server must not read the caller's files (404, as a scenario path)
    [InlineData("plans: [/etc/hostname]\nas_of: 2026-11-23\n", ErrorCode.NotFound,
        "sweep_yaml:3: plans[0]: '/etc/hostname' is not a shipped plan")]
    // An option out of range names its line and field (400, as `plan`)
    [InlineData("plans:\n  - {plan: rare-earths, quarters: 99}\nas_of: 2026-11-23\n", ErrorCode.BadArguments,
        "sweep_yaml:4: plans[0].quarters must be between 1 and 80")]
    public void Check_BadPlans_Refused(string tail, ErrorCode code, string message)
    {
        var error = Assert.Throws<LodestoneException>(() => Runner.Check(DefaultData.Dataset, Request(tail)));

        Assert.Equal(code, error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
