namespace Lodestone.Fuzz;

/// <summary>One parser under fuzzing: how an input reaches it, which exception is its own refusal, and the real inputs to start from.</summary>
/// <param name="name">The name <c>scripts/fuzz</c> takes.</param>
/// <param name="parser">What is exercised, for the listing.</param>
/// <param name="isRefusal">The parser's own error (file:line:field); any other exception is a crash.</param>
/// <param name="parse">Reads one input the way the product does.</param>
/// <param name="seeds">Shipped inputs (files of the repository), the starting corpus.</param>
public sealed class FuzzTarget(string name, string parser, Func<Exception, bool> isRefusal, Action<byte[]> parse, Func<IReadOnlyList<byte[]>> seeds)
{
    public string Name => name;

    public string Parser => parser;

    public IReadOnlyList<byte[]> Seeds() => seeds();

    /// <summary>Runs the parser on <paramref name="input"/>.</summary>
    /// <returns>True when it was read, false when the parser refused it with its own error.</returns>
    /// <exception cref="Exception">Any other exception: a crash.</exception>
    public bool Run(byte[] input)
    {
        try
        {
            parse(input);
            return true;
        }
        catch (Exception e) when (isRefusal(e))
        {
            return false;
        }
    }
}
