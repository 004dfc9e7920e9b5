namespace Lodestone.News.Gazetteers;

/// <summary>Finds the organisations and places of <see cref="KnownEntityTable"/> in text, longest match first.</summary>
/// <remarks>Names with two or more capitals match case-sensitively ("Korea Zinc", "CATL"); others ignore case ("Kiruna").</remarks>
internal sealed class EntityGazetteer
{
    private readonly PhraseMatcher<KnownEntity> _matcher = new();

    public EntityGazetteer(IEnumerable<KnownEntity> entities)
    {
        All = entities.ToList();
        foreach (var entity in All)
        {
            _matcher.Add(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                _matcher.Add(alias, entity);
            }
        }
    }

    public IReadOnlyList<KnownEntity> All { get; }

    public IReadOnlyList<PhraseMatch<KnownEntity>> Find(string text) => _matcher.FindAll(text);
}
