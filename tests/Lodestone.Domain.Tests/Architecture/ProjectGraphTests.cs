using System.Xml.Linq;

namespace Lodestone.Domain.Tests.Architecture;

/// <summary>The project graph the architecture depends on (docs/ARCHITECTURE.md), read from the .csproj files, so a forbidden
/// reference fails the build's tests instead of waiting for a review.</summary>
public sealed class ProjectGraphTests
{
    private static readonly string Root = FindRoot();
    private static readonly Dictionary<string, string[]> References = ReadGraph();

    private static IEnumerable<string> Sources => References.Keys.Where(p => !p.EndsWith(".Tests", StringComparison.Ordinal) && p != "Lodestone.Testing");

    [Fact]
    public void Domain_ReferencesNoOtherProject() => Assert.Empty(References["Lodestone.Domain"]);

    [Fact]
    public void Libraries_NeverReferenceTheFrontEnds()
    {
        foreach (var library in Sources.Except(["Lodestone.Cli", "Lodestone.Web"]))
        {
            Assert.DoesNotContain("Lodestone.Cli", Closure(library));
            Assert.DoesNotContain("Lodestone.Web", Closure(library));
        }
        Assert.DoesNotContain("Lodestone.Cli", Closure("Lodestone.Web"));
    }

    [Fact]
    public void SimulationAndOptimization_NeverReferenceEachOther()
    {
        Assert.DoesNotContain("Lodestone.Optimization", Closure("Lodestone.Simulation"));
        Assert.DoesNotContain("Lodestone.Simulation", Closure("Lodestone.Optimization"));
    }

    [Fact]
    public void Web_DoesNotCarryThePlanner()
    {
        // The planner brings OR-Tools' ~500 MB of native solvers; the web app never plans.
        Assert.DoesNotContain("Lodestone.Optimization", Closure("Lodestone.Web"));
    }

    [Fact]
    public void Libraries_CarryNoPlottingPackage()
    {
        foreach (var library in Sources.Except(["Lodestone.Cli", "Lodestone.Web"]))
        {
            Assert.DoesNotContain("ScottPlot", Packages(library));
        }
    }

    [Fact]
    public void Orleans_OnlyInTheClusterProject()
    {
        // Distributed sweeps run on Orleans; the domain and the simulation stay free of it (the simulation exposes block ranges and
        // their encoding, the cluster project carries them). Front ends reach Orleans only through Lodestone.Cluster.
        foreach (var library in Sources.Except(["Lodestone.Cluster"]))
        {
            Assert.DoesNotContain(Packages(library), p => p.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
        }
        Assert.DoesNotContain("Lodestone.Cluster", Closure("Lodestone.Simulation"));
        Assert.DoesNotContain("Lodestone.Cluster", Closure("Lodestone.Domain"));
        Assert.Equal(["Lodestone.Simulation"], References["Lodestone.Cluster"]);
    }

    [Fact]
    public void TestProjects_ReferenceTheirSubject_AndTheSharedFixturesOnlyWhenTheyUseThem()
    {
        var tests = References.Keys.Where(p => p.EndsWith(".Tests", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tests);
        foreach (var test in tests)
        {
            var subject = test[..^".Tests".Length];
            var expected = UsesSharedFixtures(test) ? new[] { subject, "Lodestone.Testing" } : [subject];
            Assert.Equal(expected.Order(StringComparer.Ordinal), References[test].Order(StringComparer.Ordinal));
        }
        Assert.Equal(["Lodestone.Data"], References["Lodestone.Testing"]);
    }

    /// <summary>Whether a source file of the test project imports Lodestone.Testing's namespace.</summary>
    private static bool UsesSharedFixtures(string testProject) =>
        Directory.EnumerateFiles(Path.Combine(Root, "tests", testProject), "*.cs", SearchOption.AllDirectories)
            .Where(f => !InBuildOutput(f))
            .Any(f => File.ReadLines(f).Any(l => l.StartsWith("using Lodestone.Testing", StringComparison.Ordinal)));

    private static bool InBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static HashSet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(References[project]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in References[next])
                {
                    stack.Push(reference);
                }
            }
        }
        return seen;
    }

    private static IEnumerable<string> Packages(string project) =>
        XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj")).Descendants("PackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? "");

    private static Dictionary<string, string[]> ReadGraph() =>
        Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "tests"), "*.csproj", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => XDocument.Load(f).Descendants("ProjectReference")
                .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/'))).ToArray());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lodestone.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Lodestone.slnx not found above " + AppContext.BaseDirectory);
    }
}
