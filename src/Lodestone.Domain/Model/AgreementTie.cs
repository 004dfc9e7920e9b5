namespace Lodestone.Domain.Model;

/// <summary>What an agreement of a given type makes of its parties (data/reference/agreement_types.csv).</summary>
public enum AgreementTie
{
    /// <summary>Membership of a standing partnership (the MSP, the MSP Forum): its parties are partners for every commodity.</summary>
    Membership,

    /// <summary>A state-to-state agreement, framework or memorandum: its parties are partners for the commodities it names.</summary>
    Agreement,

    /// <summary>A declaration, dialogue, summit, company contract or truce: no partner.</summary>
    None,
}
