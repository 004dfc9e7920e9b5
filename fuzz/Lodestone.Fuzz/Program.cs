using System.Diagnostics;
using Lodestone.Fuzz;
using SharpFuzz;

// lodestone-fuzz: the harness scripts/fuzz drives (docs/reliability.md).
//   list                      the targets
//   seeds TARGET DIR          writes the target's seed inputs (shipped files) to DIR
//   afl TARGET                runs under afl-fuzz: each input from AFL++ goes through the target in this process (SharpFuzz)
//   replay TARGET PATH...     runs files (or every file of a folder) once each: outcome and time; exit 1 on a crash or an input over 1 s

if (args is ["list"])
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine($"{t.Name,-14} {t.Parser}");
    }
    return 0;
}
if (args.Length < 2 || FuzzTargets.Find(args[1]) is not { } target)
{
    Console.Error.WriteLine("usage: lodestone-fuzz list | seeds TARGET DIR | afl TARGET | replay TARGET PATH...; targets: "
        + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
    return 2;
}
switch (args[0])
{
    case "seeds" when args.Length == 3:
        Directory.CreateDirectory(args[2]);
        var seeds = target.Seeds();
        for (var i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(args[2], $"seed-{i:00}"), seeds[i]);
        }
        Console.WriteLine($"{seeds.Count} seeds for {target.Name} in {args[2]}");
        return 0;
    case "afl" when args.Length == 2:
        // Warm-up before the fork server starts, so AFL++'s timeout (-t, the 1-second rule) measures only the input: the dataset
        // is loaded, the parser JIT-compiled, and every seed must be read. Instrumented code writes to SharpFuzz's coverage map,
        // which only Fuzzer.Run points at AFL's shared memory: until then it points at a scratch map of the same size.
        CoverageMap.UseScratch();
        foreach (var seed in target.Seeds())
        {
            if (!target.Run(seed))
            {
                Console.Error.WriteLine($"a seed of {target.Name} was refused: the seeds must be valid inputs");
                return 2;
            }
        }
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;
    case "replay" when args.Length >= 3:
        // Warm-up first, as under AFL++: the dataset load and the first JIT compilation are not the input's time.
        foreach (var seed in target.Seeds())
        {
            target.Run(seed);
        }
        var failed = false;
        foreach (var path in args[2..].SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                outcome = target.Run(File.ReadAllBytes(path)) ? "read" : "refused";
            }
            catch (Exception e)
            {
                outcome = "CRASH " + e;
                failed = true;
            }
            var slow = clock.Elapsed > TimeSpan.FromSeconds(1);
            failed |= slow;
            Console.WriteLine($"{path}: {outcome} in {clock.Elapsed.TotalMilliseconds:0} ms{(slow ? " (SLOW: over 1 s)" : "")}");
        }
        return failed ? 1 : 0;
    default:
        Console.Error.WriteLine($"unknown command '{string.Join(' ', args)}'");
        return 2;
}
