using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Backtest;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Web.Hosting;

/// <summary>Answers to the backtest question already computed for the snapshot in force, by request (episode, runs, seed).</summary>
/// <remarks>The backtest runs every calibration candidate on every calibration episode; see <see cref="AnswerCache{TRequest, TAnswer}"/>.</remarks>
internal sealed class BacktestCache(ScenarioLibrary library) : AnswerCache<BacktestRequest, BacktestJson>
{
    protected override BacktestJson Evaluate(Dataset dataset, BacktestRequest request) => BacktestQuestion.Answer(dataset, request, library);
}
