using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lodestone.Domain.Tests.Architecture;

/// <summary>What one C# file owes against the house limits: lines wider than <see cref="MaxColumns"/> and members whose
/// declaration (signature and body, without the doc comment above it) runs over <see cref="MaxMemberLines"/> lines.</summary>
internal sealed record StyleMeasure(IReadOnlyList<int> WideLines, IReadOnlyList<string> LongMembers)
{
    public const int MaxColumns = 120;
    public const int MaxMemberLines = 60;

    public static StyleMeasure Of(string source)
    {
        var text = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var wide = Enumerable.Range(0, text.Length).Where(i => text[i].Length > MaxColumns).Select(i => i + 1).ToList();
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var members = root.DescendantNodes()
            .Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax)
            .Select(n => (Node: n, Span: n.GetLocation().GetLineSpan()))
            .Select(m => (m.Node, Start: m.Span.StartLinePosition.Line + 1, Lines: m.Span.EndLinePosition.Line - m.Span.StartLinePosition.Line + 1))
            .Where(m => m.Lines > MaxMemberLines)
            .Select(m => $"{Name(m.Node)} (line {m.Start}, {m.Lines} lines)")
            .ToList();
        return new StyleMeasure(wide, members);
    }

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax f => f.Identifier.Text + " (local function)",
        AccessorDeclarationSyntax a => a.Keyword.Text + " accessor",
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        _ => node.Kind().ToString(),
    };
}
