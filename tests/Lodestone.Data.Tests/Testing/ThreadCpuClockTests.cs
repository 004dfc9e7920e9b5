using System.Diagnostics;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Testing;

public sealed class ThreadCpuClockTests
{
    [Fact]
    public void Elapsed_WhileTheThreadSleeps_StaysNearZero()
    {
        // Given a thread that sleeps 300 ms (wall time passes, its CPU is idle)
        var cpu = ThreadCpuClock.StartNew();

        // When
        Thread.Sleep(300);

        // Then almost no CPU time was counted (a wall clock would read ≥ 300 ms)
        Assert.True(cpu.Elapsed < TimeSpan.FromMilliseconds(100), $"counted {cpu.Elapsed}");
    }

    [Fact]
    public void Elapsed_WhileTheThreadComputes_Advances()
    {
        // Given a thread that spins until its CPU clock reads 50 ms (a wall guard of 60 s in case it never advances)
        var cpu = ThreadCpuClock.StartNew();
        var wall = Stopwatch.StartNew();
        var spins = 0L;
        while (cpu.Elapsed < TimeSpan.FromMilliseconds(50) && wall.Elapsed < TimeSpan.FromSeconds(60))
        {
            spins++;
        }

        // Then the CPU clock got there, and never ahead of the wall clock
        Assert.True(cpu.Elapsed >= TimeSpan.FromMilliseconds(50), $"CPU {cpu.Elapsed} after {wall.Elapsed} of wall");
        Assert.True(cpu.Elapsed <= wall.Elapsed + TimeSpan.FromMilliseconds(20),
            $"CPU {cpu.Elapsed}, wall {wall.Elapsed}");
        Assert.True(spins > 0);
    }
}
