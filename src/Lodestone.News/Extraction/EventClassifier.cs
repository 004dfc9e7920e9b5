using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Types a sentence by trigger phrases, the most specific type first.</summary>
/// <remarks>
/// Order: export-control relaxation (a relaxing verb acting on an export control), export control, tariff, discovery,
/// project milestone, investment, agreement, summit, price move, policy, other. "Investment" as a noun in a list
/// ("exploration, investment, and production") is not a trigger; the verb and "investment of" are. Callers pass the
/// main clause (<see cref="BackgroundClauses"/> blanked out) so a cause in an "after …" clause does not type the news.
/// </remarks>
internal static partial class EventClassifier
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private const string ControlNoun = @"(?:export )?(?:controls?|bans?|restrictions?|curbs?|measures|rules|requirements|licen[cs]ing|embargo|prohibition)";

    private static readonly Regex ExportControlNoun = ExportControlNounRegex();

    private static readonly Regex Relaxing = RelaxingRegex();

    private static readonly (EventType Type, Regex Trigger)[] Triggers =
    [
        (EventType.Tariff, TariffTriggerRegex()),
        (EventType.Discovery, DiscoveryTriggerRegex()),
        (EventType.ProjectMilestone, ProjectMilestoneTriggerRegex()),
        (EventType.Investment, InvestmentTriggerRegex()),
        (EventType.Agreement, AgreementTriggerRegex()),
        (EventType.Summit, SummitTriggerRegex()),
        (EventType.PriceMove, PriceMoveTriggerRegex()),
        (EventType.Policy, PolicyTriggerRegex()),
        (EventType.Other, OtherTriggerRegex()),
    ];

    // A government adopting an instrument ("approved a National Critical Mineral Mission", "launched a tender"): policy,
    // even when the sentence goes on to name investment or agreements the instrument is for.
    private static readonly Regex StrongPolicy = StrongPolicyRegex();

    // Volume words: "imports rose 60%" is trade, not a price move, unless a price is named.
    private static readonly Regex Volume = VolumeRegex();
    private static readonly Regex PriceWord = PriceWordRegex();

    /// <summary>The event type a sentence (or main clause) reports, or null when it reports none.</summary>
    /// <remarks>After export controls, the trigger that comes first in the clause wins (the main verb usually does);
    /// on a tie the more specific type in the order above wins.</remarks>
    public static EventType? Classify(string sentence)
    {
        var control = ExportControlNounGate.Match(ExportControlNoun, sentence);
        if (control.Success && !DisruptedShipments(sentence, control))
        {
            return RelaxingGate.IsMatch(Relaxing, sentence)
                ? EventType.ExportControlRelaxation
                : EventType.ExportControl;
        }
        if ((RelaxingGate.IsMatch(Relaxing, sentence) && RelaxedBan.IsMatch(sentence))
            || ReopenedExports.IsMatch(sentence))
        {
            return EventType.ExportControlRelaxation;
        }
        var strong = StrongPolicyGate.Match(StrongPolicy, sentence);
        EventType? best = strong.Success ? EventType.Policy : null;
        var bestAt = strong.Success ? strong.Index : int.MaxValue;
        for (var i = 0; i < Triggers.Length; i++)
        {
            var (type, trigger) = Triggers[i];
            // TriggerGates (EventClassifier.Gates.cs) holds each trigger's literal pre-check, in the same order.
            var m = TriggerGates[i].Match(trigger, sentence);
            if (!m.Success || m.Index >= bestAt)
            {
                continue;
            }
            if (type == EventType.PriceMove && Volume.IsMatch(sentence) && !PriceWord.IsMatch(sentence))
            {
                continue;
            }
            best = type;
            bestAt = m.Index;
        }
        return best;
    }

    // "Protesters blocked the road …, forcing the mine to halt shipments": shipments halted by a disruption named before
    // them are the disruption's consequence, not a government's control.
    private static bool DisruptedShipments(string sentence, Match control)
    {
        if (!HaltVerb.IsMatch(control.Value))
        {
            return false;
        }
        var disruption = TriggerGates[^1].Match(Triggers[^1].Trigger, sentence);
        return disruption.Success && disruption.Index < control.Index;
    }

    private static readonly Regex HaltVerb = HaltVerbRegex();

    // "the two signed a framework on critical minerals" in a sentence that reports leaders meeting: a second event.
    private static readonly Regex SignedInstrument = SignedInstrumentRegex();

    /// <summary>Whether a sentence that reports a meeting also reports an instrument signed at it.</summary>
    public static bool SignsInstrument(string sentence) => SignedInstrument.IsMatch(sentence);

    // An output report: a production noun that moves ("output rose 8%", "production roughly halved") or a production verb
    // with a mass ("produced 38,600 tonnes"). Used only where no trigger types anything in the article: production is often
    // background ("the mine produced 20,000 tonnes last year") in an article whose news is something else.
    private static readonly Regex OutputReport = OutputReportRegex();

    // Leaders meeting: "Germany's Olaf Scholz and Chile's Gabriel Boric met", "Xi Jinping and … held talks".
    private static readonly Regex Meeting = MeetingRegex();
    private static readonly Regex Officials = OfficialsRegex();

    /// <summary>The event type an output report gives (other), for an article in which no trigger types any sentence.</summary>
    public static EventType? ClassifyReport(string sentence) => OutputReport.IsMatch(sentence) ? EventType.Other : null;

    /// <summary>The offset of a meeting verb whose subject (the text before it) names no officials, or -1.</summary>
    public static int MeetingVerb(string sentence) => SubjectVerb(sentence, Meeting);

    // Leaders who "discussed", "agreed at talks", "pledged" together: they met, unless the clause says it was by phone.
    private static readonly Regex Talking = TalkingRegex();
    private static readonly Regex Remote = RemoteRegex();

    /// <summary>The offset of a verb of talking or agreeing ("discussed", "agreed") whose subject names no officials,
    /// in a clause that names no call, letter or video link, or -1.</summary>
    public static int TalkingVerb(string sentence) => Remote.IsMatch(sentence) ? -1 : SubjectVerb(sentence, Talking);

    private static int SubjectVerb(string sentence, Regex verb)
    {
        var m = verb.Match(sentence);
        return m.Success && !Officials.IsMatch(sentence.AsSpan(0, m.Index).ToString().Replace("Prime Minister", "", StringComparison.Ordinal)) ? m.Index : -1;
    }

    // "lifting an unofficial ban", "resume purchases": a relaxation although no export-control noun is named.
    private static readonly Regex RelaxedBan = RelaxedBanRegex();

    // "will allow YLB to resume exports of lithium carbonate", "began issuing general licences for exports of gallium":
    // a government letting exports restart, or licensing them wholesale, relaxes a control it need not name.
    private static readonly Regex ReopenedExports = ReopenedExportsRegex();

    // "imports of rare earths from China fell 12% …, finance ministry data showed": trade statistics, not a price
    // move nor a policy, when no price is named. Exports that fell after a probe or a ban, told without statistics,
    // are news.
    private static readonly Regex TradeFigures = TradeFiguresRegex();
    private static readonly Regex Statistics = StatisticsRegex();

    /// <summary>Whether a sentence reports a meeting ("met the U.S. ambassador … to discuss"), whoever met.</summary>
    public static bool ReportsMeeting(string sentence) => Meeting.IsMatch(sentence);

    /// <summary>Whether a sentence reports trade statistics (imports, exports or shipments that moved, from data or
    /// figures) without naming a price.</summary>
    public static bool ReportsTradeFigures(string sentence) =>
        TradeFigures.IsMatch(sentence) && Statistics.IsMatch(sentence) && !PriceWord.IsMatch(sentence);

    [GeneratedRegex(
        @"\b(?:export (?:ban|bans|controls?|restrictions?|curbs?|licen[cs]es?|licen[cs]ing|quotas?|dut(?:y|ies)|tax(?:es)?|permits?|limits?|halt|suspension)|ban(?:s|ned|ning)? (?:on )?(?:the )?(?:export|exports|shipments|sales)|(?:restrict|restricts|restricted|restricting|curb|curbs|curbed|halt|halts|halted|block|blocks|blocked|ban|bans|banned|prohibit|prohibits|prohibited|suspend|suspends|suspended|stop|stops|stopped|bar|bars|barred|barring|forbid|forbids|forbade|outlaw|outlaws|outlawed) (?:the )?(?:export|exports|shipments)|exports? (?:of [\w\s,-]{1,60}? )?(?:were|was|are|is|will be) (?:banned|restricted|halted|suspended)|licen[cs]e requirements?|require (?:export )?(?:permits|licen[cs]es)|(?:permits?|licen[cs]es?|approvals?) (?:before|for) (?:shipping|selling|exporting|shipments|sales)\b[^.;]{0,60}?\b(?:abroad|overseas)|controls on (?:the )?exports?|export-control|dual-use|(?:placed|imposed|introduced|announced|added) (?:new )?(?:export )?controls|list of controlled|controlled (?:items|rare earths|minerals))\b",
        Options)]
    private static partial Regex ExportControlNounRegex();

    [GeneratedRegex(
        @"\b(?:(?:suspend(?:s|ed|ing)?|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|paus(?:e|es|ed|ing)|waive(?:s|d)?|scrap(?:s|ped)?|revok(?:e|es|ed)|remov(?:e|es|ed))(?:, [^,;.]{1,40},)? (?:for (?:one|a|two) years? |(?:until|till|through) (?:the )?(?:[\w-]+ ){1,4}?)?(?:the |its |an |a |some |all )?(?:[\w-]+ ){0,5}" + ControlNoun + @"|" + ControlNoun + @" (?:were|was|are|is|will be|has been|have been) (?:suspended|lifted|eased|relaxed|paused|scrapped)|suspension of (?:the )?(?:[\w-]+ ){0,4}" + ControlNoun + @"|general licen[cs]es?|(?:allow|allows|allowed|allowing|let|lets|permit|permits|permitted) (?:[\w-]+ ){1,5}to (?:export|ship) (?:[\w-]+ ){1,4}without|exempt(?:s|ed|ion)? from|resum(?:e|es|ed|ing|ption of) (?:purchases|imports|exports|shipments)|(?<!(?:stop(?:s|ped)?|halt(?:s|ed)?|suspend(?:s|ed)?|cease(?:s|d)?|no longer) )(?:approv|grant|issu)(?:e|es|ed|ing|s)? (?:the |its |their )?(?:first )?(?:export )?(?:licen[cs]es|permits))\b",
        Options)]
    private static partial Regex RelaxingRegex();

    [GeneratedRegex(
        @"\b(?:approv|adopt|unveil|publish|announc|launch|pass|enact|introduc|order)(?:e|es|ed|ing|s)? (?:on \w+ )?(?:a |an |the |its |their |his |her )?(?:[\w'’-]+ ){0,5}(?:strategy|mission|law|act|Act|policy|list|scheme|regulations?|programme|program|reserve|regime|bill|reform|code|tender|investigation|fund)\b|\b(?:government|cabinet|prime minister|premier|president|ministry|minister|authorities)\b[^.;]{0,60}?\b(?:order(?:s|ed|ing)? (?:the )?(?:closure|shutdown)|(?:allow|allows|allowed|let|lets|permit|permits|permitted) (?:[\w-]+ ){0,3}(?:mining|production|operations|output) to (?:resume|restart))\b|\b(?:enters?|entered|came|comes) into force\b|\b(?:takes?|took) effect\b|\b(?:became|becomes|become|went into|goes into|go into) effect(?:ive)?\b|\b(?:government|cabinet|prime minister|premier|president|ministry|minister|parliament|council|congress|senate|commission)\b[^.;]{0,40}?\b(?:(?:approv|adopt|endors|unveil|publish|launch|pass|enact|introduc|issu|releas|present|restor|reinstat)(?:e|es|ed|ing|s)?|roll(?:s|ed|ing)? out|set(?:s|ting)? out|la(?:id|ys|ying) out) (?:on \w+ )?(?:a |an |the |its |their )?(?:[\w'’-]+ ){0,4}(?:plan|blueprint|roadmap|white paper|masterplan|guidelines|strategy|programme|program|policy|framework)\b",
        Options)]
    private static partial Regex StrongPolicyRegex();

    [GeneratedRegex(
        @"\b(?:imports?|exports?|output|production|shipments|sales|demand|consumption|shares|profits?|revenue|earnings|stocks|inventories)\b",
        Options)]
    private static partial Regex VolumeRegex();

    [GeneratedRegex(@"\b(?:prices?|futures|spot|valued?|benchmark|quotes?|cheapest|dearest|trading at)\b", Options)]
    private static partial Regex PriceWordRegex();

    [GeneratedRegex(
        @"^(?:halt|halts|halted|stop|stops|stopped|block|blocks|blocked|suspend|suspends|suspended)\b",
        Options)]
    private static partial Regex HaltVerbRegex();

    [GeneratedRegex(
        @"\b(?:signed|sign|signs|inked|concluded) (?:a |an |the |two |three |several )?(?:[\w-]+ ){0,4}(?:agreements?|frameworks?|memorand(?:um|ums|a)|MOUs?|deals?|pacts?|accords?|treaty|partnerships?)\b",
        Options)]
    private static partial Regex SignedInstrumentRegex();

    [GeneratedRegex(
        @"\b(?:(?:output|production|shipments|deliveries|sales volumes?)\b[^.;]{0,60}?\b(?:rose|fell|jumped|surged|soared|slumped|slid|dropped|climbed|plunged|tumbled|doubled|halved|increased|decreased|declined|grew|shrank|slipped|dipped|recovered|rebounded|edged (?:up|down|higher|lower)|(?:hit|reached) (?:a )?record)|(?:produced|mined|shipped|delivered|poured|refined|smelted) (?:a record |about |some |nearly |almost |more than |over |a total of |roughly )?\d[\d,.]*\s?(?:million |thousand )?(?:tonnes|tons|t|kt|Mt|wet tonnes|dry metric tonnes|ounces|oz|pounds|lb)\b)",
        Options)]
    private static partial Regex OutputReportRegex();

    [GeneratedRegex(
        @"\b(?:met|meet|meets|meeting|held talks|hold talks|holds talks|holding talks|sat down|sit down|sits down)\b",
        Options)]
    private static partial Regex MeetingRegex();

    [GeneratedRegex(@"\b(?:discussed|discuss|discusses|talked|agreed|agree|agrees|pledged|vowed|committed)\b", Options)]
    private static partial Regex TalkingRegex();

    [GeneratedRegex(@"\b(?:calls?|phone|telephone|video|virtual|virtually|letters?|online)\b", Options)]
    private static partial Regex RemoteRegex();

    [GeneratedRegex(
        @"\b(?:ministers?|officials?|delegations?|envoys?|negotiators?|executives?|secretar(?:y|ies)|ambassadors?)\b",
        Options)]
    private static partial Regex OfficialsRegex();

    [GeneratedRegex(@"\b(?:ban|embargo|restrictions?|controls?|purchases|imports)\b", Options)]
    private static partial Regex RelaxedBanRegex();

    [GeneratedRegex(
        @"\b(?:(?:allow|allows|allowed|allowing|let|lets|permit|permits|permitted) (?:[\w'’-]+ ){1,6}(?:to )?"
        + @"(?:resume|restart) (?:its |their )?(?:exports?|shipments abroad|overseas shipments)"
        + @"|general licen[cs]es? (?:for|covering) (?:the )?exports?)\b",
        Options)]
    private static partial Regex ReopenedExportsRegex();

    [GeneratedRegex(
        @"\b(?:imports?|exports?|shipments)\b[^.;]{0,80}?\b(?:rose|fell|climbed|jumped|dropped|declined|increased"
        + @"|decreased|grew|slumped|surged|doubled|halved|slipped|dipped|edged (?:up|down|higher|lower))\b",
        Options)]
    private static partial Regex TradeFiguresRegex();

    [GeneratedRegex(@"\b(?:data|figures|statistics)\b", Options)]
    private static partial Regex StatisticsRegex();

    [GeneratedRegex(
        @"\b(?:tariffs?|import dut(?:y|ies)|customs dut(?:y|ies)|anti-dumping|countervailing dut(?:y|ies)|(?:provisional|preliminary|definitive|punitive|retaliatory|safeguard) dut(?:y|ies)|dut(?:y|ies) of (?:up to |between |about )?\d|\d+(?:\.\d+)?\s?(?:%|percent|per cent) dut(?:y|ies)|levies|import levy|levy on|(?:charge|fee|tax|surcharge) on (?:[\w-]+ ){0,2}imports|\d+(?:\.\d+)?\s?(?:%|percent|per cent) (?:levy|surcharge|import tax)|surtax(?:es)?)\b",
        Options)]
    private static partial Regex TariffTriggerRegex();

    [GeneratedRegex(
        @"\b(?:discover(?:s|ed|y|ies)|(?:found|identified|discovered|located|uncovered|unearthed|struck|intersected|intercepted|outlined|delineated|traced) (?:a |an )?(?:[\w-]+ ){0,4}(?:new deposits?|body|bodies|occurrences?|pegmatites?|minerali[sz]ation|deposit|lode|vein|seam)|deposits? (?:was|were|has been|have been) (?:found|identified)|(?:found|identified|reported|confirmed|outlined|delineated|defined|located|uncovered) (?:a |an |more than |about |over )?(?:[\w,.-]+ ){0,4}(?:deposit|tonnes|resource)|drill(?:ing)? results|(?:hit|cut|returned|intersected|intercepted) \d+(?:\.\d+)? ?(?:metres|meters|m) (?:of|grading)|maiden (?:mineral )?resource|(?:established|estimated|declared|outlined) (?:an? )?(?:(?:inferred|indicated|measured|maiden|mineral|combined) ){0,3}resources? of|resource estimate|high-grade)\b",
        Options)]
    private static partial Regex DiscoveryTriggerRegex();

    [GeneratedRegex(
        @"\b(?:first production|(?:began|begins|begun|started|starts|start|commenced|commences|resumed|resumes|restarted|restarts) (?:commercial |trial )?(?:production|operations|mining|output|shipments|recycling)|(?:started|restarted|opened) (?:the |its |a |a new )?(?:[\w-]+ ){0,3}(?:plant|refinery|mine|facility|factory|smelter|line|unit|kiln|circuit|train)|(?-i:commission(?:s|ed|ing)?)\b|inaugurat(?:ed|es|ion)|(?:plant|refinery|mine|facility|factory|smelter)\b[\w ,'’-]{0,60}\b(?:opened|opens|was opened|began operating|started operating) (?:in|at|on)\b|first (?:[\w-]+ ){0,2}(?:shipment|cargo|ore|concentrate|output|pour|production)|reach(?:ed|es|ing)? (?:its |their )?(?:nameplate|full|design) (?:capacity|production|rate|output)|declared commercial production|(?:produced|made|shipped|delivered|loaded|exported|sold|poured) (?:its|their|the) first|(?:started|starts|start) up|fired up|switched on|start-up of|final investment decision|feasibility study|broke ground|ground-?breaking|construction (?:began|started|begins|has begun|is complete|was completed)|(?:construction|building|work) (?:of|at|on) (?:the |its |a )?(?:[\w'’-]+ ){1,8}?(?:project|mine|plant|refinery|facility|smelter|factory|site)\b[^.;]{0,40}?\b(?:began|begun|started|starts|begins|has begun|is complete|was completed|got under way)|ramp(?:ed|ing)?[- ]up|opened (?:a|its|the|a new) (?:[\w-]+ ){0,3}(?:plant|refinery|mine|facility|processing plant|separation plant|factory)|came online|(?:came|rolled|come|comes|rolls) off (?:the |its )?(?:production |assembly )?line|comes online|(?:plant|refinery|mine|facility) (?:opened|opens)|environmental (?:approval|licen[cs]e|permit)|(?:granted|approved|received) (?:[\w'’-]+ ){0,3}(?:a |an |the )?(?:preliminary |final )?(?:mining |environmental |construction |installation |operating )?(?:licen[cs]e|permit|approval))\b",
        Options)]
    private static partial Regex ProjectMilestoneTriggerRegex();

    [GeneratedRegex(
        @"\b(?:invest(?:s|ed|ing)?|(?:will |to |would |agreed to |plans to )financ(?:e|es|ed|ing)|financed|(?:plough|plow|pour|inject|sink|channel|put)(?:s|ed|ing)?\b[^.;]{0,30}?(?:\$|€|£|yuan|billion|million)(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\binto|investment of|spend(?:s|ing)? (?:US|A|C)?\$|(?:agreed|agrees|offered|offers) to (?:buy|acquire|purchase|take over)|\d[\d.,]*\s?(?:billion|million|bn|m)? investment|equity (?:stake|investment)|(?:took|takes|take|acquire[sd]?|buy|buys|bought|keep|kept|holds?) (?:a |an |its )?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent) )?stake|acquir(?:e|es|ed|ing)|acquisition of|loan|loans|financing|credit (?:facility|facilities|line)|debt facility|prepayment|streaming (?:deal|agreement)|funding (?:of|for)|lend(?:s|ing)?|lent|letter of interest|raised \$|committed \$|(?:approved|sanctioned|allocated|earmarked|set aside) (?:a |an |about |some |nearly |up to )?(?:US|A|C)?[$€£]\s?\d|(?:received|won|secured|awarded|granted) (?:a |an )?(?:US)?\$[\d.,]+|(?:grant|award) of|purchase of (?:a |an |its )?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent) )?stake|completed the (?:purchase|acquisition)|\d+(?:\.\d+)?\s?(?:%|percent|per cent) stake|(?:take|took|taking) (?:a )?\d+(?:\.\d+)?\s?(?:%|percent|per cent) stake)\b",
        Options)]
    private static partial Regex InvestmentTriggerRegex();

    [GeneratedRegex(
        @"\b(?:agreements?|partnerships?|memorand(?:um|ums|a) of understanding|MOUs?|MoUs?|accords?|treaty|pact|deals?(?! with)|(?:struck|strikes?|striking|reached|clinched|sealed|inked|cut) (?:a |an )?(?:[\w-]+ ){0,3}deal|signed|sign(?:s|ing)? (?:a|an|the)|joined the|join the|frameworks?|offtake|agreed to (?:share|supply|cooperate|pool))\b",
        Options)]
    private static partial Regex AgreementTriggerRegex();

    [GeneratedRegex(
        @"\b(?:summit|hosted (?:his|her|their) (?:[\w-]+ ){0,2}counterparts?|hosted (?:the )?(?:leaders|presidents?|prime ministers?|heads of state)|state visit|met (?:with )?(?:his|her|their)? ?(?:counterparts?|leaders?|president|prime minister)|leaders(?:'|’)? meeting|talks with (?:president|prime minister|leaders)|C5\+1 (?:meeting|summit)|(?:leaders|heads of (?:state|government)|presidents|prime ministers)\b[^.;]{0,80}?\b(?:met|meet|meets|gathered|convened)\b|(?:President|Prime Minister) [\w .-]{2,60} met\b)",
        Options)]
    private static partial Regex SummitTriggerRegex();

    [GeneratedRegex(
        @"\b(?:(?:prices?|futures|spot [\w ]{1,30}|benchmark|payables?|premiums?|discounts?|quotations?)\b[^.;]{0,70}?\b(?:rose|fell|jumped|surged|soared|slumped|slid|dropped|climbed|plunged|tumbled|rallied|doubled|halved|hit|reached|increased|decreased|declined|spiked|crashed|eased|recovered|rebounded|lost|gained|topped|sank|sunk|slipped|dipped|softened|firmed|weakened|strengthened|retreated|edged (?:up|down|higher|lower)|skyrocketed|collapsed|plummeted|nosedived|have (?:risen|fallen|doubled))|(?:rose|fell|jumped|surged|soared|slumped|slid|dropped|climbed|plunged|tumbled|rallied|gained|lost|slides?|sank|slipped|dipped|plummeted|firmed|softened|weakened)(?: by)? (?:almost |nearly |about |more than |some )?\d+(?:\.\d+)? ?(?:%|percent|per cent)|(?:lost|shed) (?:more than )?(?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|half|a third) of (?:its|their) value|price (?:spike|slump|rally|crash|surge|collapse)|\d+(?:\.\d+)?\s?(?:%|percent|per cent)(?!\w)[^.;]{0,60}?\bto (?:US|A|C)?[$€£]?\s?\d[\d,.]*\s?(?:yuan |dollars |euros |rupees )?(?:a|per|/)\s?(?:tonne|ton|t|pound|lb|kg|kilogram|ounce|oz|dmtu|mtu)\b|(?:paid|pays|pay|fetched|fetches|changed hands at)[^.;]{0,30}?[$€£]\s?\d[\d,.]*\s?(?:a|per|/)\s?(?:tonne|ton|t|pound|lb|kg|kilogram)\b|(?:trad(?:e|es|ed|ing)|sold|sells|quoted|priced) at (?:its|their|the) (?:cheapest|dearest|lowest|highest|weakest|strongest)\b|(?:record|(?:\w+-year|multi-year) (?:high|low)|lowest in|highest in|record lows?|record highs?)\b[^.;]{0,40}\bprices?|prices?\b[^.;]{0,60}\b(?:record|(?:\w+-year) (?:high|low)|lowest|highest))",
        Options)]
    private static partial Regex PriceMoveTriggerRegex();

    [GeneratedRegex(
        @"(?i:\b(?:law|laws|bill|legislation|legislative|executive order|strateg(?:y|ies)|mission|critical minerals list|list of critical (?:minerals|raw materials)|stockpil(?:e|ing) (?:plan|programme|program|policy)|(?:strategic|national(?: defense)?) (?:stockpile|reserve)|to stockpile|build (?:up )?stockpiles|strategic reserve|subsid(?:y|ies|ize|ise|ized|ised)|regulations?|royalt(?:y|ies)|nationali[sz](?:e|ed|es|ation)|national resource|repeal(?:s|ed)?|decree|tax credits?|local processing requirement|(?:mining|production|output|smelting|separation) quotas?|quotas? for (?:mining|production)|enters? into force|entered into force|came into force|comes into force|tak(?:e|es) effect|took effect|revok(?:e|es|ed)|withdr(?:ew|aws?|awn) [\w' -]{0,40}(?:permit|licen[cs]e)|licen[cs]es? (?:was |were )?(?:renewed|revoked|withdrawn|extended)|renewed [\w' -]{0,40}licen[cs]e|strategic projects?|investigation into imports|section 232|scheme|incentive regime|reform|divest|purchase programme|phase out|(?:raw materials|minerals) fund|tender for|overcapacity|declar(?:e|es|ed|ing) [\w -]{1,40}?(?:a |an )?(?:strategic|critical) (?:resources?|minerals?|metals?))\b)|\b[A-Z][a-z]+ Act\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PolicyTriggerRegex();

    [GeneratedRegex(
        @"\b(?:(?<!of )(?<!along )strikes?(?! length)|protests?|protesters|floods?|flooded|flooding|inundated|safety (?:inspections?|inspectors|checks)|inspectors (?:ordered|halted|suspended|closed)|landslide|mud rush|cyclone|accident|explosion|blockade|force majeure|fire broke out|(?:a |the )?(?:fire|blaze) (?:at|hit|halted|forced|damaged)|walk(?:ed|s)? off the job|walkout|work stoppage|industrial action|power (?:outage|cuts?)|earthquake|tailings dam|(?:halt|halting|halted|halts|stop|stopping|stopped|stops|suspend|suspending|suspended|suspends|pause|pausing|paused|pauses|idle|idling|idled|curtail|curtailing|curtailed|cut|cutting|cuts|shut|shutting|shuts) (?:[\w'’%-]+ ){0,4}(?:work|construction|lines?|trains?|furnaces?|kilns?|pits?|shafts?|potlines?|expansion)\b|collaps(?:e|ed)|(?:halt|halting|halted|halts|suspend|suspending|suspended|suspends|stop|stopping|stopped|stops|pause|pausing|paused|pauses|cut|cutting|cuts|idle|idled|curtail|curtailed|curtailing) (?:[\w'’%-]+ ){0,4}(?:operations|production|output|mining|sales|guidance|target|transit|a processing train|one of the processing trains)(?![- ]quotas?\b)|shut (?:down )?(?:the |its )?(?:mine|plant|refinery|operations)|sanctions?|care and maintenance|mothball|seized|took control of|arrest(?:s|ed)?|corruption|probe|downed tools|ransomware|cyber-?attacks?|hack(?:ed|ers)|knocked out)\b",
        Options)]
    private static partial Regex OtherTriggerRegex();
}
