using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Lodestone.Web.Simulations;

/// <summary>How this server's worker takes part in the shared queue: its name, its lease, how often it looks for work.</summary>
/// <param name="Worker">Names the worker in <c>jobs.worker</c>: host, process id and a random suffix, unique per server process.</param>
/// <param name="Lease">How long a claimed job stays this worker's without a renewal; after it another server may claim the job.</param>
/// <param name="PollInterval">How often an idle worker looks for jobs submitted on other servers (jobs submitted here wake it at once).</param>
internal sealed record JobSettings(string Worker, TimeSpan Lease, TimeSpan PollInterval)
{
    /// <summary>The default lease: long enough that a busy machine's pauses do not lose it, short enough that a dead server's job restarts within a minute.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>A worker renews its lease (and writes its progress) this often: a third of the lease, so two renewals can be late before it lapses.</summary>
    public TimeSpan RenewInterval => Lease / 3;

    /// <summary>From configuration <c>Lodestone:Jobs:LeaseSeconds</c> and <c>Lodestone:Jobs:PollSeconds</c> (environment <c>Lodestone__Jobs__LeaseSeconds</c>, …).</summary>
    public static JobSettings From(IConfiguration lodestone) => new(
        $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}:{RandomNumberGenerator.GetHexString(4, lowercase: true)}",
        Seconds(lodestone, "Jobs:LeaseSeconds", DefaultLease),
        Seconds(lodestone, "Jobs:PollSeconds", DefaultPollInterval));

    private static TimeSpan Seconds(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (text is null)
        {
            return fallback;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds is < 0.1 or > 3600)
        {
            throw new InvalidOperationException($"configuration Lodestone:{key} = '{text}': expected seconds between 0.1 and 3600");
        }
        return TimeSpan.FromSeconds(seconds);
    }
}
