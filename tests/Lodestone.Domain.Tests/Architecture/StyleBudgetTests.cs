using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Architecture;

/// <summary>The layout habits of docs/ARCHITECTURE.md enforced: no line over 120 columns and no member over 60 lines
/// in new code, and no file's old debt growing. <c>LODESTONE_UPDATE_STYLE_BUDGET=1</c> rewrites docs/style-budget.csv
/// from the tree (review the diff: it should only ever shrink).</summary>
public sealed class StyleBudgetTests
{
    private static readonly string[] Folders = ["src", "tests", "benchmarks", "fuzz"];

    [Fact]
    public void EveryFile_OwesNoMoreThanItsBudget_OfWideLinesAndLongMembers()
    {
        var measured = SourceFiles()
            .Select(f => (Path: f.Relative, Measure: StyleMeasure.Of(File.ReadAllText(f.Full))))
            .ToList();
        var budgetPath = RepoPaths.Combine(StyleBudget.RelativePath);
        if (Environment.GetEnvironmentVariable("LODESTONE_UPDATE_STYLE_BUDGET") == "1")
        {
            StyleBudget.Write(budgetPath, measured.Select(m => (m.Path, m.Measure.WideLines.Count,
                m.Measure.LongMembers.Count)));
        }
        var budget = StyleBudget.Read(budgetPath);

        var over = measured.SelectMany(m => OverBudget(m.Path, m.Measure, budget.GetValueOrDefault(m.Path))).ToList();

        Assert.True(over.Count == 0,
            "wrap the lines and split the members where the split names a real step:\n" + string.Join("\n", over));
    }

    [Fact]
    public void Measure_LineOf121Columns_IsWide_120IsNot()
    {
        var source = "// " + new string('a', 117) + "\n// " + new string('b', 118) + "\n";

        var measure = StyleMeasure.Of(source);

        Assert.Equal([2], measure.WideLines);
    }

    [Fact]
    public void Measure_MethodOf61Lines_IsLong_60IsNot_AndItsDocCommentDoesNotCount()
    {
        // Signature, braces and body: 3 + n lines for n statements; the two doc lines above do not count
        static string Method(string name, int statements) =>
            "    /// <summary>Doc.</summary>\n    /// <remarks>More doc.</remarks>\n    void " + name + "()\n    {\n"
            + string.Concat(Enumerable.Repeat("        _ = 1;\n", statements)) + "    }\n";
        var source = "class C\n{\n" + Method("Sixty", 57) + Method("SixtyOne", 58) + "}\n";

        var measure = StyleMeasure.Of(source);

        Assert.Equal(["SixtyOne (line 67, 61 lines)"], measure.LongMembers);
    }

    private static IEnumerable<string> OverBudget(string path, StyleMeasure measure, (int Wide, int Long) budget)
    {
        if (measure.WideLines.Count > budget.Wide)
        {
            yield return $"{path}: {measure.WideLines.Count} lines over {StyleMeasure.MaxColumns} columns "
                + $"(budget {budget.Wide}): lines {string.Join(", ", measure.WideLines)}";
        }
        if (measure.LongMembers.Count > budget.Long)
        {
            yield return $"{path}: {measure.LongMembers.Count} members over {StyleMeasure.MaxMemberLines} lines "
                + $"(budget {budget.Long}): {string.Join("; ", measure.LongMembers)}";
        }
    }

    private static IEnumerable<(string Full, string Relative)> SourceFiles() =>
        Folders.Select(folder => RepoPaths.Combine(folder)).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Select(full => (Full: full, Relative: Path.GetRelativePath(RepoPaths.Root, full).Replace('\\', '/')))
            .Where(f => !f.Relative.Contains("/bin/", StringComparison.Ordinal)
                && !f.Relative.Contains("/obj/", StringComparison.Ordinal));
}
