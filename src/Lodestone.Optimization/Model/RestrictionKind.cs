namespace Lodestone.Optimization.Model;

/// <summary>Why some capacity is unavailable in some quarters.</summary>
public enum RestrictionKind
{
    /// <summary>Only agreement partners and allowed country groups may supply (<c>--partners-only</c>).</summary>
    PartnersOnly,
    /// <summary>An export control in force removes the capacity.</summary>
    ExportControl,
}
