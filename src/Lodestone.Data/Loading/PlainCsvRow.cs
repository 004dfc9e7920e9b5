namespace Lodestone.Data.Loading;

/// <summary>One data row of a <see cref="PlainCsv"/> pass: the line and the range of each field in it (a quoted field
/// with its quotes). Returns false to give the file up to <see cref="CsvFile"/>.</summary>
internal delegate bool PlainCsvRow(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields);
