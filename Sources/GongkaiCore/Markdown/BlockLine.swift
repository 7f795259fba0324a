/// One source line of a paragraph or heading with the container prefixes (`>` markers,
/// list-item indentation) and the leading white space taken off.
struct BlockLine: Hashable {
    /// Line number in its source.
    var number: Int
    /// Byte offset just past the container prefixes, before the leading white space.
    var prefixEnd: Int
    /// Byte offset of the first content byte.
    var start: Int
    /// Byte offset just past the last content byte (before the line ending).
    var end: Int
    /// Columns of white space between the container prefix and the content.
    var indent: Int
    /// True when a container's prefix was missing: a lazy continuation line.
    var isLazy: Bool
}
