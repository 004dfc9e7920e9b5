using Microsoft.ML.Data;

namespace Lodestone.Benchmarks.News.Model;

/// <summary>The model's answer for one article: the most probable type and the probability of every class.</summary>
public sealed class EventTypePrediction
{
    [ColumnName("PredictedLabel")]
    public string Type { get; set; } = "";

    [ColumnName("Score")]
    public float[] Probabilities { get; set; } = [];
}
