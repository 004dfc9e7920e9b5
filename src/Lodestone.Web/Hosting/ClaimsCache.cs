using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Claims;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Web.Hosting;

/// <summary>Answers to the claims question already computed for the snapshot in force, by request (claim, runs, seed, sensitivity).</summary>
/// <remarks>Evaluating the tracked claims runs three Monte Carlo models per claim; see <see cref="AnswerCache{TRequest, TAnswer}"/>.</remarks>
internal sealed class ClaimsCache(ScenarioLibrary library) : AnswerCache<ClaimsRequest, ClaimsJson>
{
    // One core stays free for the requests the server keeps answering meanwhile; the answer does not depend on threads.
    protected override ClaimsJson Evaluate(Dataset dataset, ClaimsRequest request) =>
        ClaimsQuestion.Answer(dataset, request, library, Math.Max(1, Environment.ProcessorCount - 1));
}
