namespace Lodestone.Web.Plans;

/// <summary>The host's plan runner, or null when this server was started without the planner (plan jobs then answer 503).</summary>
internal sealed record PlanRunnerAccess(IPlanRunner? Runner)
{
    public const string Unavailable = "this server was started without the planner (OR-Tools): run it with `lodestone serve`, whose process carries it";
}
