namespace Lodestone.Data.Usgs;

/// <summary>Which figure columns of a world-file series are imported.</summary>
[Flags]
internal enum UsgsColumns
{
    None = 0,
    /// <summary>PROD_* columns, as <see cref="Domain.Facts.OutputKind.Production"/>.</summary>
    Production = 1,
    /// <summary>CAP_* columns, as <see cref="Domain.Facts.OutputKind.Capacity"/>.</summary>
    Capacity = 2,
    /// <summary>The RESERVES_* column.</summary>
    Reserves = 4,
}
