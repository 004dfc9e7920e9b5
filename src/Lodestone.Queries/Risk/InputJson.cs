namespace Lodestone.Queries.Risk;

/// <summary>One input of a metric; <paramref name="Value"/> is null when the input is missing.</summary>
public sealed record InputJson(string Name, double? Value, string? Note);
