using System.Text;
using CsCheck;

namespace Lodestone.Testing.Fuzzing;

/// <summary>Mutation-based generators for parser properties: a real input (a shipped file or fixture) with a few random
/// edits.</summary>
/// <remarks>
/// Random text rarely gets past a parser's first check; edits of real inputs reach its deeper rules (AFL's havoc stage
/// does the same). Edits: insert a character that means something to CSV, YAML, XML or HTML, delete a span, duplicate a
/// span (repeated structure, nesting), swap two spans, or cut the input short. CsCheck shrinks a failure towards the
/// fewest edits.
/// </remarks>
public static class Mutations
{
    /// <summary>Characters that are syntax somewhere: quotes, separators, brackets, anchors and aliases, entities, line
    /// ends, NUL.</summary>
    private const string Syntax = "\"',;:-[]{}<>&*!|#%@?=/\\\n\r\t \0é€";

    /// <summary>Most CPU time (of the parsing thread, <see cref="ThreadCpuClock"/>) a mutated input may take in the
    /// regular suite: it catches blow-ups (the YAML alias bomb took 31 s, deep HTML 90 s) whatever the machine's load,
    /// while the 1-second rule of issue #12 is checked by the fuzzing script on a quiet machine.</summary>
    public static readonly TimeSpan SuiteLimit = TimeSpan.FromSeconds(5);

    /// <summary>Longest wall time an asynchronous case (an import through a store) may take: only a hang guard, since
    /// its file and database I/O stretch with the machine's load; its memory and work bounds are tested on their
    /// own.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary>Reads every seed once (each must be accepted: warm-up and a check that the seeds are valid inputs),
    /// then samples <paramref name="iter"/> mutations: each must read or be refused with
    /// <typeparamref name="TExpected"/>, within <see cref="SuiteLimit"/>.</summary>
    public static Outcomes Check<TExpected>(IReadOnlyList<string> seeds, Action<string> parse, long iter, int maxEdits = 8) where TExpected : Exception
    {
        foreach (var seed in seeds)
        {
            parse(seed);
        }
        var outcomes = new Outcomes();
        Of(seeds, maxEdits).Sample(input => outcomes.Add(ParsesOrRejects<TExpected>(input, parse, SuiteLimit)), iter: iter);
        return outcomes;
    }

    /// <summary>One of <paramref name="seeds"/> with 1 to <paramref name="maxEdits"/> random edits.</summary>
    public static Gen<string> Of(IReadOnlyList<string> seeds, int maxEdits = 8) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, int.MaxValue].Array[1, maxEdits * 4])
            .Select(t => Apply(seeds[t.Item1], t.Item2));

    /// <summary>Runs <paramref name="parse"/> on <paramref name="input"/>: only <typeparamref name="TExpected"/> may
    /// escape, within <paramref name="limit"/>.</summary>
    /// <returns>True when the input was read, false when it was refused with
    /// <typeparamref name="TExpected"/>.</returns>
    /// <exception cref="Exception">Any other exception, or an input that took longer than the limit (the input is in
    /// the message).</exception>
    public static bool ParsesOrRejects<TExpected>(string input, Action<string> parse, TimeSpan limit) where TExpected : Exception
    {
        var clock = ThreadCpuClock.StartNew();
        var read = true;
        try
        {
            parse(input);
        }
        catch (TExpected)
        {
            read = false;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.GetType().Name}: {e.Message}\ninput ({input.Length} chars, {Keep(input)}):\n{Escape(input)}", e);
        }
        if (clock.Elapsed > limit)
        {
            throw new TimeoutException($"took {clock.Elapsed.TotalMilliseconds:0} ms of CPU (limit "
                + $"{limit.TotalMilliseconds:0} ms) on {Keep(input)}:\n{Escape(input)}");
        }
        return read;
    }

    private static string Apply(string seed, int[] draws)
    {
        var text = new StringBuilder(seed);
        for (var i = 0; i + 3 < draws.Length; i += 4)
        {
            var at = text.Length == 0 ? 0 : draws[i + 1] % text.Length;
            var length = Math.Min(1 + draws[i + 2] % 64, text.Length - at);
            switch (draws[i] % 6)
            {
                case 0:
                case 1:
                    text.Insert(at, Syntax[draws[i + 3] % Syntax.Length]);
                    break;
                case 2:
                    text.Remove(at, length);
                    break;
                case 3:
                    var span = text.ToString(at, length);
                    text.Insert(at, string.Concat(Enumerable.Repeat(span, 1 + draws[i + 3] % 4)));
                    break;
                case 4:
                    var other = text.Length == 0 ? 0 : draws[i + 3] % text.Length;
                    var take = Math.Min(length, text.Length - other);
                    var moved = text.ToString(other, take);
                    text.Remove(other, take);
                    text.Insert(Math.Min(at, text.Length), moved);
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Writes a failing input to the temp folder so it can be replayed byte for byte; returns its
    /// path.</summary>
    private static string Keep(string input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lodestone-fuzz-{(uint)input.GetHashCode():x8}.txt");
        File.WriteAllText(path, input);
        return path;
    }

    private static string Escape(string input) =>
        input.Length > 4000 ? input[..4000].Replace("\0", "\\0", StringComparison.Ordinal) + "…" : input.Replace("\0", "\\0", StringComparison.Ordinal);
}
