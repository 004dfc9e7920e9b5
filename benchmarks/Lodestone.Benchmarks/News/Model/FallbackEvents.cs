using Lodestone.News.Model;

namespace Lodestone.Benchmarks.News.Model;

/// <summary>
/// The model where the rules say nothing: an article in which no sentence reports an event gets one event of the
/// model's type, when the model gives it at least the threshold probability, carrying the article's subjects (lead
/// countries and commodities) and no date.
/// </summary>
public static class FallbackEvents
{
    public static ArticleExtraction Apply(ArticleExtraction rules, EventTypeModel model, string lead, double threshold)
    {
        if (rules.Events.Count > 0)
        {
            return rules;
        }
        var (type, probability) = model.Predict(lead);
        if (type == EventTypeModel.NoEvent || probability < threshold || !EventTypes.TryParse(type, out var eventType))
        {
            return rules;
        }
        var countries = rules.Subjects.Where(s => s.Kind == MentionKind.Country).ToList();
        var commodities = rules.Subjects.Where(s => s.Kind == MentionKind.Commodity).ToList();
        var added = new ExtractedEvent(eventType, null, null, countries, commodities, [], [], null, lead, []);
        return rules with { Events = [added] };
    }
}
