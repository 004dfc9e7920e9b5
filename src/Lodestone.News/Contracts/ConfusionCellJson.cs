namespace Lodestone.News.Contracts;

/// <summary>One non-empty cell of the event-type confusion table ("(none)" for no counterpart).</summary>
public sealed record ConfusionCellJson(string Gold, string Predicted, int Count);
