using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lodestone.Domain.Tests.Architecture;

/// <summary>What one C# file owes against the house limits: lines wider than <see cref="MaxColumns"/> and members
/// whose declaration (signature and body, without the doc comment above it) runs over <see cref="MaxMemberLines"/>
/// lines.</summary>
internal sealed record StyleMeasure(IReadOnlyList<int> WideLines, IReadOnlyList<string> LongMembers)
{
    public const int MaxColumns = 120;
    public const int MaxMemberLines = 60;

    public static StyleMeasure Of(string source)
    {
        var text = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var wide = Enumerable.Range(0, text.Length).Where(i => text[i].Length > MaxColumns).Select(i => i + 1).ToList();
        var members = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax)
            .Select(Lines)
            .Where(m => m.Lines > MaxMemberLines)
            .Select(m => $"{Name(m.Node)} (line {m.Start}, {m.Lines} lines)")
            .ToList();
        return new StyleMeasure(wide, members);
    }

    private static (SyntaxNode Node, int Start, int Lines) Lines(SyntaxNode node)
    {
        // The node's span leaves out its leading trivia, so a doc comment does not count against the member.
        var span = node.GetLocation().GetLineSpan();
        return (node, span.StartLinePosition.Line + 1, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
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
