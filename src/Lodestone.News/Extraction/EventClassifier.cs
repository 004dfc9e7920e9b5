using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Types a sentence by trigger phrases, the most specific type first.</summary>
/// <remarks>
/// Order: export-control relaxation (a relaxing verb and an export-control noun), export control, tariff,
/// discovery, project milestone, investment, agreement, summit, price move, policy, other. "Investment" as a noun in
/// a list ("exploration, investment, and production") is not a trigger; the verb and "investment of" are.
/// </remarks>
public static class EventClassifier
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex ExportControlNoun = new(
        @"\b(?:export (?:ban|bans|controls?|restrictions?|curbs?|licen[cs]es?|licen[cs]ing|quotas?|dut(?:y|ies)|tax(?:es)?|permits?|limits?)|ban(?:s|ned|ning)? (?:on )?(?:the )?(?:export|exports|shipments|sales)|(?:restrict|restricts|restricted|restricting|curb|curbs|curbed|halt|halts|halted|block|blocks|blocked|ban|bans|banned|prohibit|prohibits|prohibited) (?:the )?(?:export|exports|shipments)|exports? (?:of [\w\s,-]{1,60}? )?(?:were|was|are|is|will be) (?:banned|restricted|halted|suspended)|licen[cs]e requirements?|controls on (?:the )?exports?|export-control|dual-use)\b",
        Options);

    private static readonly Regex Relaxing = new(
        @"\b(?:suspend(?:s|ed|ing)?|suspension|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|paus(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|waive(?:s|d)?|exempt(?:s|ed|ion)?|general licen[cs]es?|scrap(?:s|ped)?|revok(?:e|es|ed)|lifting|approved (?:export )?licen[cs]es|granted (?:export )?licen[cs]es)\b",
        Options);

    private static readonly (EventType Type, Regex Trigger)[] Triggers =
    [
        (EventType.Tariff, new Regex(@"\b(?:tariffs?|import dut(?:y|ies)|anti-dumping|countervailing dut(?:y|ies)|levies|import levy)\b", Options)),
        (EventType.Discovery, new Regex(@"\b(?:discover(?:s|ed|y|ies)|new deposits?|deposits? (?:was|were|has been|have been) (?:found|identified)|found (?:a |an )?(?:large |significant |new |major )?deposit|drill(?:ing)? results|maiden (?:mineral )?resource|resource estimate|identified (?:a |an )?(?:large |significant |new |major )?deposit)\b", Options)),
        (EventType.ProjectMilestone, new Regex(@"\b(?:first production|(?:began|begins|begun|started|starts|start|commenced|commences) (?:commercial |trial )?(?:production|operations|mining)|commission(?:ed|ing)|first (?:shipment|ore|concentrate|output|pour)|final investment decision|feasibility study|broke ground|ground-?breaking|construction (?:began|started|begins|has begun|is complete|was completed)|ramp(?:ed|ing)?[- ]up|opened (?:a|its|the|a new) (?:\w+ )?(?:plant|refinery|mine|facility|processing plant|separation plant)|came online|comes online|(?:plant|refinery|mine|facility) (?:opened|opens))\b", Options)),
        (EventType.Investment, new Regex(@"\b(?:invest(?:s|ed|ing)?|investment of|\d[\d.,]*\s?(?:billion|million|bn|m)? investment|equity (?:stake|investment)|(?:took|takes|take|acquire[sd]?|buy|buys|bought) (?:a |an )?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent) )?stake|acquir(?:e|es|ed|ing)|acquisition of|loan|loans|financing|funding (?:of|for)|lend(?:s|ing)?|lent|letter of interest)\b", Options)),
        (EventType.Agreement, new Regex(@"\b(?:agreements?|memorand(?:um|ums|a) of understanding|MOUs?|MoUs?|accords?|treaty|pact|deals?(?! with)|signed|sign(?:s|ing)? (?:a|an|the)|joined the|join the|frameworks?|offtake)\b", Options)),
        (EventType.Summit, new Regex(@"\b(?:summit|hosted (?:the )?(?:leaders|presidents?|prime ministers?|heads of state)|state visit|met (?:with )?(?:his|her|their)? ?(?:counterparts?|leaders?|president|prime minister)|leaders(?:'|’)? meeting|talks with (?:president|prime minister|leaders)|C5\+1 (?:meeting|summit))\b", Options)),
        (EventType.PriceMove, new Regex(@"\b(?:prices? (?:of [\w -]{1,40} )?(?:in [A-Z]\w+ )?(?:rose|fell|jumped|surged|soared|slumped|dropped|climbed|plunged|tumbled|rallied|doubled|halved|hit|reached|increased|decreased|declined|spiked|crashed|have (?:risen|fallen|doubled))|(?:rose|fell|jumped|surged|soared|slumped|dropped|climbed|plunged|tumbled|rallied|gained|lost)(?: by)? (?:almost |nearly |about |more than )?\d+(?:\.\d+)? ?(?:%|percent|per cent)|price (?:spike|slump|rally|crash|surge))", Options)),
        (EventType.Policy, new Regex(@"(?i:\b(?:law|laws|bill|legislation|legislative|executive order|(?:national|critical minerals?|new|industrial|minerals?) strategy|strategy (?:for|on)|critical minerals list|list of critical (?:minerals|raw materials)|stockpil(?:e|es|ing)|subsid(?:y|ies|ize|ise|ized|ised)|regulations?|royalt(?:y|ies)|nationali[sz](?:e|ed|ation)|repeal(?:s|ed)?|decree|tax credits?|local processing requirement)\b)|\b[A-Z][a-z]+ Act\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        (EventType.Other, new Regex(@"\b(?:strike|strikes|protests?|protesters|floods?|flooding|landslide|accident|explosion|blockade|force majeure|collaps(?:e|ed)|halted (?:operations|production|output|mining)|suspended (?:operations|production|mining)|shut (?:down )?(?:the |its )?(?:mine|plant|refinery|operations)|sanctions?)\b", Options)),
    ];

    /// <summary>The event type a sentence reports, or null when it reports none.</summary>
    public static EventType? Classify(string sentence)
    {
        if (ExportControlNoun.IsMatch(sentence))
        {
            return Relaxing.IsMatch(sentence) ? EventType.ExportControlRelaxation : EventType.ExportControl;
        }
        foreach (var (type, trigger) in Triggers)
        {
            if (trigger.IsMatch(sentence))
            {
                return type;
            }
        }
        return null;
    }
}
