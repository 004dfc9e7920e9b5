namespace Lodestone.Web.Simulations;

/// <summary>Where a simulation job is: waiting in the queue, running, or finished one way or the other.</summary>
public enum SimulationJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
