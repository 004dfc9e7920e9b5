namespace Lodestone.News.Storage;

/// <summary>Where an event stands against the knowledge base; serialised in snake_case ("pending").</summary>
public enum EventStatus
{
    /// <summary>Matched to one or more knowledge-base records (agreements, export controls): nothing to review.</summary>
    Linked,
    /// <summary>Proposed as a new knowledge-base record and awaiting review.</summary>
    Pending,
    /// <summary>Its proposal was accepted (logged in the change log with its sources).</summary>
    Accepted,
    /// <summary>Its proposal was rejected.</summary>
    Rejected,
    /// <summary>Neither linked nor proposed (prices, discoveries, investments…): kept as news only.</summary>
    None,
}
