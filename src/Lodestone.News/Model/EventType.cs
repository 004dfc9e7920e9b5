namespace Lodestone.News.Model;

/// <summary>The kinds of event the extractor recognises; serialised in snake_case ("export_control_relaxation").</summary>
public enum EventType
{
    Summit,
    Agreement,
    ExportControl,
    ExportControlRelaxation,
    Investment,
    ProjectMilestone,
    Tariff,
    Discovery,
    PriceMove,
    Policy,
    Other,
}
