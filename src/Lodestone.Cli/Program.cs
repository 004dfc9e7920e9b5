using Lodestone.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl-C cancels cleanly; the runtime handles a second one.
    e.Cancel = true;
    cancel.Cancel();
};
return await LodestoneApp.RunAsync(args, DefaultCliContext.Create(), cancel.Token);
