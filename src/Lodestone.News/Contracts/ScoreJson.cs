namespace Lodestone.News.Contracts;

/// <summary>Precision, recall and F1 (0–1) with the counts they come from.</summary>
public sealed record ScoreJson(double Precision, double Recall, double F1, int Tp, int Fp, int Fn);
