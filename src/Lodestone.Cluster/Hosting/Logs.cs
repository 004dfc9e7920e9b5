using Microsoft.Extensions.Logging;

namespace Lodestone.Cluster.Hosting;

/// <summary>Orleans's own logs: warnings and errors, one line each, on standard error (standard output is the command's answer).</summary>
internal static class Logs
{
    public static void ToStandardError(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
    }
}
