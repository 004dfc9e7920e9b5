using System.Text.RegularExpressions;
using Lodestone.Domain.Model;
using Lodestone.News.Gazetteers;
using Lodestone.News.Model;
using Lodestone.News.Text;

namespace Lodestone.News.Extraction;

/// <summary>Turns an article's text into typed events and claims, every field with its evidence span.</summary>
/// <remarks>
/// Stateless and offline: gazetteers come from the knowledge base. Steps: sentences; mentions (countries, also through
/// companies and places; commodities, topics, organisations, people) outside link lists and navigation; one event per
/// sentence whose main clause (causes in "after …" clauses set aside) a trigger types; its parties are the countries
/// of the main clause except those named only as a motive or inside a non-government organisation's name; its date is
/// the main clause's first date expression resolved against the publication date, else the dateline's. A sentence
/// outside the lead that dates itself more than <see cref="BackgroundDays"/> days before publication, or reads as
/// background ("had …", "since 2021"), gives no event. Events of an article that report the same thing merge; a
/// sentence that refers back ("The deal …", "The projects cover …") adds to the event before it. When no event is
/// found, the countries and commodities of the lead paragraph are kept as the article's subjects. An event needs at
/// least one party or commodity. Texts longer than <see cref="MaxCharacters"/> are cut there.
/// </remarks>
public sealed partial class ArticleExtractor(NewsGazetteers gazetteers)
{
    /// <summary>The longest text extracted (1,000,000 characters, ~300 news articles): longer input is truncated.</summary>
    public const int MaxCharacters = 1_000_000;

    /// <summary>A sentence dated this many days or more before publication reports background, unless it is the lead.</summary>
    public const int BackgroundDays = 120;

    /// <summary>How many opening sentences an output report is looked for in when no trigger types any sentence.</summary>
    public const int ReportSentences = 4;

    private static readonly Regex Continuation = ContinuationRegex();

    // "Under the agreement Codelco will hold a controlling stake": after an agreement, its terms; after other news
    // ("will invest $400 million … Under the agreement the Pentagon guarantees a floor price") it is news of its own.
    private static readonly Regex UnderTheAgreement = UnderTheAgreementRegex();

    private static readonly Regex BackgroundMarker = BackgroundMarkerRegex();

    // A feature's lead that tells what happened long ago ("Two years ago, tens of thousands … blocked roads"): not the news.
    private static readonly Regex LeadBackground = LeadBackgroundRegex();

    // ", reviving a mine it had cancelled in 2022": a clause that refers back to earlier events does not make the news old.
    private static readonly Regex BackReference = BackReferenceRegex();

    // "met in Busan, South Korea,", "talks at Camp David": the words before a venue.
    private static readonly Regex Venue = VenueRegex();

    // "an Australian-listed explorer": where the shares trade, not a party.
    private static readonly Regex Listed = ListedRegex();

    // "said on Monday that it had", "said its second plant had": a reporting verb earlier in the same clause.
    private static readonly Regex ReportingVerb = ReportingVerbRegex();

    private static readonly Regex FindingVerb = FindingVerbRegex();

    private readonly MentionFinder _mentions = new(gazetteers);

    public ArticleExtraction Extract(string text, string? title, DateOnly? published)
    {
        if (text.Length > MaxCharacters)
        {
            text = text[..MaxCharacters];
        }
        var ignored = IgnoredRegions.Find(text);
        bool Kept(TextSpan span) => !ignored.Any(i => i.Overlaps(span));

        var entities = gazetteers.Entities.Find(text).Where(e => Kept(e.Span)).ToList();
        var organizations = OrganizationFinder.Find(text, out var governmentBodies).Where(o => Kept(o.Span)).ToList();
        var government = new HashSet<TextSpan>(governmentBodies);
        AddKnownOrganizations(text, entities, organizations, government);
        var countries = _mentions.Countries(text, entities)
            .Where(c => Kept(c.Mention.Span) && !Listed.IsMatch(text.AsSpan(c.Mention.Span.End, Math.Min(8, text.Length - c.Mention.Span.End)).ToString()))
            .ToList();
        var commodities = _mentions.Commodities(text, out var topics)
            .Where(c => Kept(c.Span) && !InsideCompanyName(c.Span, organizations, government))
            .ToList();
        var people = PersonFinder.Find(text, countries).Where(p => Kept(p.Span)).ToList();
        var sentences = SentenceSplitter.Split(text).Where(Kept).ToList();
        var lead = Lead(text, sentences);
        var dateline = Dateline.Find(text, published);
        if (dateline is not null)
        {
            // The place of a dateline says where the report was filed, not who took part.
            countries = countries.Where(c => !(dateline.Region.Covers(c.Mention.Span) && c.Kind is CountryReferenceKind.Capital or CountryReferenceKind.Place)).ToList();
        }
        var context = new SentenceContext(text, countries, commodities, topics, organizations, government, published, dateline,
            LeadCommodities(lead, commodities), LeadCountries(text, lead, countries), sentences, gazetteers.Dataset.Commodities);

        var events = new List<ExtractedEvent>();
        ExtractedEvent? previous = null;
        TextSpan? prior = null;
        foreach (var sentence in sentences)
        {
            var before = prior;
            prior = sentence;
            if (previous is not null && (Continuation.IsMatch(sentence.Of(text))
                || previous.Type == EventType.Agreement && UnderTheAgreement.IsMatch(sentence.Of(text))))
            {
                // "The framework covers rare earths and gallium.", "Under the agreement Codelco will hold …": the
                // sentence goes on about the event just reported, and its commodities belong to it.
                var more = commodities.Where(c => sentence.Covers(c.Span)).ToList();
                var index = events.IndexOf(previous);
                previous = previous with { Commodities = Union(previous.Commodities, more), Evidence = [.. previous.Evidence, sentence] };
                events[index] = previous;
                continue;
            }
            var found = Dated(EventIn(sentence, lead.Contains(sentence), context), previous is null ? before : null, context);
            if (found is not null && !lead.Contains(sentence) && events.Count > 0 && IsRecalled(found, events[0]))
            {
                // "Beijing added both elements to its export control list in April." after a June price story: recalled.
                previous = null;
                continue;
            }
            if (found is not null && found.Parties.Count == 0 && previous is not null && previous.Type == found.Type)
            {
                // "Lithium concentrates are not covered by the export ban.": a follow-up of the event just reported.
                var index = events.IndexOf(previous);
                previous = previous with { Commodities = Union(previous.Commodities, found.Commodities), Evidence = [.. previous.Evidence, sentence] };
                events[index] = previous;
                continue;
            }
            if (found is { Type: EventType.Summit } && EventClassifier.SignsInstrument(BackgroundClauses.MainClause(sentence.Of(text))))
            {
                // "met at the White House on Monday, and the two signed a framework on critical minerals": both events.
                MergeInto(events, found with { Type = EventType.Agreement });
            }
            if (found is not null)
            {
                MergeInto(events, found);
                previous = events.FirstOrDefault(e => e.Evidence.Contains(sentence));
                continue;
            }
            previous = null;
        }
        if (events.Count == 0)
        {
            // No trigger typed any sentence: an output report among the first sentences is the article's news.
            foreach (var sentence in sentences.Take(ReportSentences))
            {
                if (Dated(EventIn(sentence, lead.Contains(sentence), context, report: true), null, context) is { } reported)
                {
                    events.Add(reported);
                    break;
                }
            }
        }
        if (events.Count == 0 && gazetteers.LeadModel is { } model && sentences.FirstOrDefault(lead.Contains) is var first && first != default)
        {
            // Still nothing: the words of the title and the first sentence, read by a model trained on train/, type the
            // lead ("Canada and Indonesia inked a comprehensive economic partnership" → agreement).
            // A lead that reports trade figures ("imports … fell 12% to 6,100 tonnes") is statistics, not an event; a
            // summit is left to the rules, which need two heads of state or government or a summit word (a president
            // receiving a delegation is none); a lead that reports officials meeting ("the minister met the U.S.
            // ambassador … to discuss nickel exports") reports talks, not an outcome.
            var lead1 = Blank(first.Of(text), first.Start, dateline?.Region);
            var words = (title ?? "") + " | " + lead1;
            var leadMain = BackgroundClauses.MainClause(lead1);
            if (!EventClassifier.ReportsTradeFigures(leadMain) && !EventClassifier.ReportsMeeting(leadMain)
                && model.Predict(words) is { } guessed && guessed != EventType.Summit && Dated(EventIn(first, true, context, forced: guessed), null, context) is { } modelled)
            {
                events.Add(modelled);
            }
        }
        AddNextSentenceCommodities(events, context);
        var claims = ClaimFinder.Find(text, sentences, countries, people, organizations, gazetteers.Leaders, published);
        var mentions = countries.Select(c => c.Mention)
            .Concat(commodities).Concat(topics.Where(t => Kept(t.Span))).Concat(organizations).Concat(people)
            .OrderBy(m => m.Span.Start)
            .ToList();
        return new ArticleExtraction(title, published, events, claims, mentions)
        {
            Quantities = QuantityFinder.Find(text, sentences),
            Subjects = events.Count == 0 ? Subjects(text, lead, countries, commodities) : [],
        };
    }

    private static ExtractedEvent? EventIn(TextSpan sentence, bool isLead, SentenceContext x, bool report = false, EventType? forced = null)
    {
        var s = sentence.Of(x.Text);
        var main = BackgroundClauses.MainClause(Blank(s, sentence.Start, x.Dateline?.Region));
        if ((forced ?? EventClassifier.Classify(main) ?? FoundCommodity(main, sentence, x) ?? LeadersMeeting(main, sentence, x) ?? LeaderReceivesLeader(main, sentence, x)
            ?? (report ? EventClassifier.ClassifyReport(main) : null)) is not { } type)
        {
            return null;
        }
        if (type == EventType.Agreement && EventClassifier.SignsInstrument(main)
            && (LeaderReceivesLeader(main, sentence, x) ?? LeadersMeeting(main, sentence, x)) is EventType.Summit)
        {
            // "Boric held talks with Vietnamese Prime Minister Chinh …, and the two governments signed an agreement":
            // the meeting is the news too; the caller adds the agreement signed at it.
            type = EventType.Summit;
        }
        // A cause clause dates the news only with a calendar day ("after a mud rush on Sept. 8"), not "this month".
        var date = OnDatelineDay(DateResolver.FirstIn(main, sentence.Start, x.Published)
            ?? (DateResolver.FirstIn(Blank(s, sentence.Start, x.Dateline?.Region), sentence.Start, x.Published) is { Date.Day: not null } day ? day : null), x);
        if (report && date is { Date.Day: null } period
            && DateResolver.FirstIn(main[(period.Span.End - sentence.Start)..], period.Span.End, x.Published) is { Date.Day: not null } said)
        {
            // "output rose 8% in the third quarter …, the bureau said on Tuesday": a report is dated when it was made.
            date = said;
        }
        if (isLead ? LeadBackground.IsMatch(main) : IsBackground(BackReference.Replace(s, ""), date, x.Published))
        {
            return null;
        }
        var motives = MotiveScope.Find(s, sentence.Start);
        var causes = BackgroundClauses.Find(s, sentence.Start);
        var located = BackgroundClauses.Find(s, sentence.Start, relatives: false);
        var parties = x.Countries
            .Where(c => sentence.Covers(c.Mention.Span))
            .Where(c => !motives.Any(m => m.Covers(c.Mention.Span)))
            .Where(c => !OwnerOnly.Matches(x.Text, sentence, c))
            // A relative clause ("…, which mines in Goiás state") still locates the object through its places and companies.
            .Where(c => !(c.Kind is CountryReferenceKind.Place or CountryReferenceKind.Organization ? located : causes).Any(m => m.Covers(c.Mention.Span)))
            .Where(c => !x.Organizations.Any(o => o.Span.Covers(c.Mention.Span) && o.Value.EndsWith(" Party", StringComparison.Ordinal)))
            .Select(c => c.Mention)
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        // A catalogue product counts only in the main clause: "as demand for lithium-ion batteries grew" is a cause.
        var eventCommodities = WithoutNamedGroups(x.Commodities
            .Where(c => sentence.Covers(c.Span))
            .Where(c => !(x.Catalog.Find(c.Value)?.Kind == CommodityKind.Product && causes.Any(m => m.Covers(c.Span))))
            .ToList(), x.Catalog);
        if (eventCommodities.Count == 0 && type is EventType.ProjectMilestone or EventType.Discovery)
        {
            // "began trial production at Boguty": a project's commodity is the one the lead names, else the one or two
            // the nearest earlier sentence names ("The deposit is rich in dysprosium and terbium." … "On Tuesday the
            // court granted Norra Kärr a permit.").
            eventCommodities = x.LeadCommodities.Count > 0 ? [.. x.LeadCommodities] : NearestEarlierCommodities(sentence, x);
        }
        if (parties.Count == 0 && type is EventType.ProjectMilestone or EventType.Discovery)
        {
            // "Amitsoq Graphite said its drilling had intersected graphite off Nanortalik" in a feature on southern
            // Greenland: a find or a project is where the lead puts it when its own sentence names no known place.
            parties = [.. x.LeadCountries];
        }
        if (type == EventType.Summit && parties.Count > 2)
        {
            // "met in Busan, South Korea": where leaders met is the venue, not a party, unless the country is named otherwise too.
            bool AsVenue(CountryMention c)
            {
                var from = Math.Max(sentence.Start, c.Mention.Span.Start - 40);
                return c.Kind is CountryReferenceKind.Name or CountryReferenceKind.Capital or CountryReferenceKind.Place
                    && Venue.IsMatch(x.Text.AsSpan(from, c.Mention.Span.Start - from).ToString());
            }
            var named = x.Countries.Where(c => sentence.Covers(c.Mention.Span) && !AsVenue(c)).Select(c => c.Mention.Value).ToHashSet(StringComparer.Ordinal);
            parties = parties.Where(p => named.Contains(p.Value)).ToList();
        }
        var topics = x.Topics.Where(t => sentence.Covers(t.Span)).ToList();
        if (parties.Count == 0 && eventCommodities.Count == 0 && (type != EventType.Policy || topics.Count == 0))
        {
            return null;
        }
        var money = MoneyFinder.Find(s, sentence.Start).FirstOrDefault();
        return new ExtractedEvent(
            type,
            date?.Date,
            date?.Span,
            parties,
            eventCommodities,
            topics,
            x.Organizations.Where(o => sentence.Covers(o.Span)).ToList(),
            money,
            s,
            [sentence]);
    }

    // "said it had found … lanthanum, cerium …", "intersected thick graphite layers": a finding verb whose object names a
    // commodity is a discovery, whatever noun ("elements", "layers") carries it.
    private static EventType? FoundCommodity(string main, TextSpan sentence, SentenceContext x)
    {
        var verb = FindingVerb.Match(main);
        if (!verb.Success)
        {
            return null;
        }
        var after = sentence.Start + verb.Index + verb.Length;
        return x.Commodities.Any(c => c.Span.Start >= after && c.Span.Start - after <= 60 && sentence.Covers(c.Span)) ? EventType.Discovery : null;
    }

    // An undated event takes the date of the sentence just before it when that sentence reports no event of its own and
    // is not background ("That wait ended on Monday. Savannah Resources received the permit …"), else the dateline's.
    private static ExtractedEvent? Dated(ExtractedEvent? found, TextSpan? before, SentenceContext x)
    {
        if (found is null || found.Date is not null)
        {
            return found;
        }
        if (before is { } b)
        {
            var main = BackgroundClauses.MainClause(Blank(b.Of(x.Text), b.Start, x.Dateline?.Region));
            if (DateResolver.FirstIn(main, b.Start, x.Published) is { } d
                && !(x.Published is { } p && d.Date.Latest < p.AddDays(-BackgroundDays))
                && !BackgroundMarker.IsMatch(main))
            {
                return found with { Date = d.Date, DateSpan = d.Span };
            }
        }
        return x.Dateline?.Date is { } dateline ? found with { Date = dateline.Date, DateSpan = dateline.Span } : found;
    }

    // "Media release | Canberra, 12 June 2025 … The Government today announced …" published the next day: a
    // release's "today" and "yesterday" count from its dateline's day, not from when it was published.
    private static ResolvedDate? OnDatelineDay(ResolvedDate? date, SentenceContext x)
    {
        if (date is null || x.Dateline?.Date?.Date is not { Day: not null } dateline || x.Published is not { } p
            || dateline.Earliest == p)
        {
            return date;
        }
        var words = x.Text[date.Span.Start..date.Span.End];
        var shift = words.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
            : words.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : (int?)null;
        return shift is { } days ? date with { Date = PartialDate.FromDate(dateline.Earliest.AddDays(days)) } : date;
    }

    // "Germany's Olaf Scholz and Chile's Gabriel Boric met in Santiago": leaders of two countries meeting (or a listed
    // leader and another named person) is a summit, though no summit word is written. Officials meeting are not.
    // Leaders of two countries who "discussed", "agreed at talks" or "pledged" together met too ("Modi and Albanese
    // agreed at talks in Ahmedabad …"), when the subject names a head of state or government and two countries.
    private static EventType? LeadersMeeting(string main, TextSpan sentence, SentenceContext x)
    {
        var verb = EventClassifier.MeetingVerb(main);
        var talking = verb < 0;
        verb = talking ? EventClassifier.TalkingVerb(main) : verb;
        if (verb < 0)
        {
            return null;
        }
        var subject = new TextSpan(sentence.Start, sentence.Start + verb);
        var named = x.Countries.Where(c => subject.Covers(c.Mention.Span)).ToList();
        var hasLeader = named.Any(c => c.Kind == CountryReferenceKind.Leader);
        var twoCountries = named.Select(c => c.Mention.Value).Distinct(StringComparer.Ordinal).Count() >= 2;
        var joint = main.AsSpan(0, verb).Contains(" and ", StringComparison.Ordinal);
        if (talking)
        {
            var head = hasLeader || HeadTitle.IsMatch(main.AsSpan(0, verb));
            return twoCountries && joint && head ? EventType.Summit : null;
        }
        return twoCountries || (hasLeader && joint) ? EventType.Summit : null;
    }

    // "Japan's prime minister received Mongolian President Khurelsukh", "Modi held talks with Argentine President Milei":
    // a head of state or government of one country meeting one of another is a summit.
    private static EventType? LeaderReceivesLeader(string main, TextSpan sentence, SentenceContext x)
    {
        var verb = HostVerb.Match(main);
        if (!verb.Success)
        {
            return null;
        }
        var end = main.IndexOfAny([',', ';', ':'], verb.Index + verb.Length);
        var subject = new TextSpan(sentence.Start, sentence.Start + verb.Index);
        var obj = new TextSpan(sentence.Start + verb.Index + verb.Length, sentence.Start + (end < 0 ? main.Length : end));
        string? Head(TextSpan side)
        {
            var part = main.Substring(side.Start - sentence.Start, side.End - side.Start);
            var named = x.Countries.Where(c => side.Covers(c.Mention.Span)).ToList();
            var leader = named.FirstOrDefault(c => c.Kind == CountryReferenceKind.Leader);
            return leader is not null ? leader.Mention.Value : HeadTitle.IsMatch(part) && named.Count > 0 ? named[0].Mention.Value : null;
        }
        return Head(subject) is { } a && Head(obj) is { } b && a != b ? EventType.Summit : null;
    }

    private static readonly Regex HostVerb = HostVerbRegex();

    private static readonly Regex HeadTitle = HeadTitleRegex();

    // "The blocks are prospective for tungsten, molybdenum and rhenium.": an event told in one sentence that names no
    // commodity takes those of the sentence right after it, when that sentence reports no event of its own. One
    // that names only a group takes the group's members the next sentence names ("… outlined 8.8 million tonnes of
    // total rare earth oxides … About 1.5 million tonnes of that is neodymium and praseodymium").
    private static void AddNextSentenceCommodities(List<ExtractedEvent> events, SentenceContext x)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var groups = e.Commodities.Where(c => x.Catalog.Find(c.Value)?.Kind == CommodityKind.Group)
                .Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // A summit's subjects are what its leaders discussed, not what the report mentions next; an event told in
            // several sentences has had its say.
            var kinds = e.Commodities.Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (groups.Count < kinds || e.Type == EventType.Summit || e.Evidence.Count > 1)
            {
                continue;
            }
            var last = e.Evidence.Max(v => v.End);
            var next = x.Sentences.FirstOrDefault(s => s.Start >= last);
            if (next == default || events.Any(o => o.Evidence.Contains(next)))
            {
                continue;
            }
            var named = WithoutNamedGroups(x.Commodities.Where(c => next.Covers(c.Span)).ToList(), x.Catalog)
                .Where(c => groups.Count == 0 || groups.Contains(x.Catalog.Find(c.Value)?.MemberOf ?? ""))
                .GroupBy(c => c.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (named.Count > 0)
            {
                events[i] = e with { Commodities = [.. e.Commodities, .. named], Evidence = [.. e.Evidence, next] };
            }
        }
    }

    // A later sentence of another type dated before the article's first event recalls something earlier: background.
    private static bool IsRecalled(ExtractedEvent found, ExtractedEvent first) =>
        found.Type != first.Type && found.Date is { } d && first.Date is { } f && d.Latest < f.Earliest;

    // A group is not a commodity of its own when the sentence names its members ("the rare earths europium, holmium
    // and erbium", "dysprosium oxide …, the first heavy rare earth"): the members are what the sentence is about.
    private static List<Mention> WithoutNamedGroups(List<Mention> commodities, CommodityCatalog catalog)
    {
        var groups = commodities.Select(c => catalog.Find(c.Value)?.MemberOf).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return groups.Count == 0 ? commodities : commodities.Where(c => !groups.Contains(c.Value)).ToList();
    }

    private static List<Mention> NearestEarlierCommodities(TextSpan sentence, SentenceContext x)
    {
        foreach (var earlier in x.Sentences.Where(s => s.End <= sentence.Start).Reverse())
        {
            var named = WithoutNamedGroups(x.Commodities.Where(c => earlier.Covers(c.Span)).ToList(), x.Catalog)
                .GroupBy(c => c.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (named.Count > 0)
            {
                return named.Count <= 2 ? named : [];
            }
        }
        return [];
    }

    // Background: dated well before publication, or written as background ("had …", "since 2021"). A pluperfect in
    // reported speech is the news itself ("Lynas said it had produced its first dysprosium").
    private static bool IsBackground(string sentence, ResolvedDate? date, DateOnly? published) =>
        (date is { } d && published is { } p && d.Date.Latest < p.AddDays(-BackgroundDays))
        || BackgroundMarker.Matches(sentence).Any(m => !ReportedPluperfect(sentence, m));

    private static bool ReportedPluperfect(string sentence, Match marker) =>
        marker.Value.StartsWith("had ", StringComparison.Ordinal)
        && ReportingVerb.IsMatch(sentence.AsSpan(0, marker.Index).ToString());

    // The lead: the sentences of the first paragraph (up to the first line break), at most two.
    private static HashSet<TextSpan> Lead(string text, IReadOnlyList<TextSpan> sentences)
    {
        var lead = new HashSet<TextSpan>();
        foreach (var sentence in sentences.Take(2))
        {
            if (lead.Count > 0 && text.AsSpan(lead.Max(s => s.End), sentence.Start - lead.Max(s => s.End)).Contains('\n'))
            {
                break;
            }
            lead.Add(sentence);
        }
        return lead;
    }

    // The commodities the lead names, when it names one or two (more is an enumeration, not the article's subject).
    // The countries the lead names outside motives and causes, when one or two (more is a list, not the article's place).
    private static IReadOnlyList<Mention> LeadCountries(string text, HashSet<TextSpan> lead, IReadOnlyList<CountryMention> countries)
    {
        var named = Subjects(text, lead, countries, []).GroupBy(c => c.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return named.Count is > 0 and <= 2 ? named : [];
    }

    private static IReadOnlyList<Mention> LeadCommodities(HashSet<TextSpan> lead, IReadOnlyList<Mention> commodities)
    {
        var named = commodities.Where(c => lead.Any(s => s.Covers(c.Span))).GroupBy(c => c.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return named.Count is > 0 and <= 2 ? named : [];
    }

    // The sentence with the dateline blanked, so its date and place are not read as the sentence's own.
    private static string Blank(string sentence, int offset, TextSpan? region)
    {
        if (region is not { } r || r.End <= offset || r.Start >= offset + sentence.Length)
        {
            return sentence;
        }
        var chars = sentence.ToCharArray();
        for (var i = Math.Max(r.Start, offset); i < Math.Min(r.End, offset + sentence.Length); i++)
        {
            chars[i - offset] = ' ';
        }
        return new string(chars);
    }

    private static List<Mention> Subjects(string text, HashSet<TextSpan> lead, IReadOnlyList<CountryMention> countries, IReadOnlyList<Mention> commodities)
    {
        var asides = lead.SelectMany(s => MotiveScope.Find(s.Of(text), s.Start).Concat(BackgroundClauses.Find(s.Of(text), s.Start))).ToList();
        bool InLead(TextSpan span) => lead.Any(s => s.Covers(span)) && !asides.Any(a => a.Covers(span));
        return countries.Where(c => InLead(c.Mention.Span)).Select(c => c.Mention)
            .Concat(commodities.Where(c => InLead(c.Span)))
            .ToList();
    }

    private static void AddKnownOrganizations(string text, IReadOnlyList<PhraseMatch<KnownEntity>> entities, List<Mention> organizations, HashSet<TextSpan> government)
    {
        foreach (var entity in entities.Where(e => !e.Value.IsPlace))
        {
            if (organizations.Any(o => o.Span.Overlaps(entity.Span)))
            {
                continue;
            }
            organizations.Add(new Mention(MentionKind.Organization, entity.Value.Name, entity.Span.Of(text), entity.Span));
            if (entity.Value.Kind == "agency")
            {
                government.Add(entity.Span);
            }
        }
        organizations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static void MergeInto(List<ExtractedEvent> events, ExtractedEvent next)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type != next.Type || !SameReport(e, next))
            {
                continue;
            }
            events[i] = e with
            {
                Date = e.Date ?? next.Date,
                DateSpan = e.Date is null ? next.DateSpan : e.DateSpan,
                Parties = Union(e.Parties, next.Parties),
                Commodities = Union(e.Commodities, next.Commodities),
                Topics = Union(e.Topics, next.Topics),
                Organizations = Union(e.Organizations, next.Organizations),
                Amount = e.Amount ?? next.Amount,
                Evidence = [.. e.Evidence, .. next.Evidence],
            };
            return;
        }
        events.Add(next);
    }

    private static bool SameReport(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Date is { } da && b.Date is { } db && da != db)
        {
            return false;
        }
        if (a.Type == EventType.Summit)
        {
            return a.Countries.Intersect(b.Countries, StringComparer.Ordinal).Any();
        }
        return a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal)
            && (a.CommodityNames.Count == 0 || b.CommodityNames.Count == 0 || a.CommodityNames.Intersect(b.CommodityNames, StringComparer.Ordinal).Any());
    }

    private static IReadOnlyList<Mention> Union(IReadOnlyList<Mention> a, IReadOnlyList<Mention> b) =>
        [.. a, .. b.Where(m => !a.Any(x => x.Value == m.Value))];

    private static bool InsideCompanyName(TextSpan span, IReadOnlyList<Mention> organizations, IReadOnlySet<TextSpan> government) =>
        organizations.Any(o => o.Span.Covers(span) && !government.Contains(o.Span));

    private sealed record SentenceContext(
        string Text, IReadOnlyList<CountryMention> Countries, IReadOnlyList<Mention> Commodities, IReadOnlyList<Mention> Topics,
        IReadOnlyList<Mention> Organizations, IReadOnlySet<TextSpan> Government, DateOnly? Published, Dateline? Dateline,
        IReadOnlyList<Mention> LeadCommodities, IReadOnlyList<Mention> LeadCountries, IReadOnlyList<TextSpan> Sentences, CommodityCatalog Catalog);

    [GeneratedRegex(
        @"^(?:The|This|That|Its|These|Those) (?:(?:[\w-]+ ){1,3}(?:said|says|added|reported) (?:that )?(?:the|this|its) )?(?:plan|framework|deal|agreement|accord|arrangement|offer|order|ban|controls?|measures?|rules?|regulations?|quotas?|project|projects|fund|plant|refinery|mine|list|pact|venture|tariffs?|restrictions?|strategy|law|scheme|investment|loan|reserve|regime|partnership|memorandum|suspension|acquisition|purchase|transaction|refinery|facility|discovery|deposit|line|concentrator|circuit|smelter)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(
        @"^(?:Under|Through) (?:the|this|that|its|their) "
            + @"(?:agreement|deal|accord|pact|partnership|memorandum|arrangement)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnderTheAgreementRegex();

    [GeneratedRegex(
        @"\b(?:had (?:been |previously |already |earlier )?\w+(?:ed|en)|previously|in the past|(?:has|have) used such|since (?:19|20)\d\d|last year's|a year earlier|years? ago|decades? ago|already)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BackgroundMarkerRegex();

    [GeneratedRegex(
        @"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years|decades)|a (?:decade|century)) ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadBackgroundRegex();

    [GeneratedRegex(
        @", (?:reviving|reversing|overturning|undoing|restoring|replacing|echoing|repeating|mirroring|matching|extending)\b[^,;:]*",
        RegexOptions.CultureInvariant)]
    private static partial Regex BackReferenceRegex();

    [GeneratedRegex(
        @"\b(?:in|at)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex VenueRegex();

    [GeneratedRegex(@"^[- ]listed\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListedRegex();

    [GeneratedRegex(
        @"\b(?:said|says|announced|reported|confirmed|added|told)\b[^.;:!?]{0,80}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbRegex();

    [GeneratedRegex(
        @"\b(?:found|discovered|located|uncovered|unearthed|struck(?! (?:a |an )?(?:[\w-]+ )?(?:deal|agreement|accord|pact|bargain))|intersected|intercepted|delineated|outlined)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FindingVerbRegex();

    [GeneratedRegex(
        @"\b(?:hosted|hosts|received|receives|welcomed|welcomes|held talks with|holds talks with|met with|met"
            + @"|sat down with|sits down with)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HostVerbRegex();

    [GeneratedRegex(
        @"\b(?:[Pp]residents?|[Pp]rime [Mm]inisters?|[Cc]hancellors?|[Pp]remiers?|King|Emir|Sultan|Crown Prince)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadTitleRegex();
}
