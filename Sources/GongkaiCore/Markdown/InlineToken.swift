/// One piece of an inline container's content with emphasis taken apart: ordinary text
/// (a byte range of the pass's text buffer, so no String is made per piece), one delimiter
/// character at a subject index, or a node kept whole (code, HTML, breaks, links and
/// images, whose own content is a separate container).
enum InlineToken {
    case text(Range<Int>)
    case delimiter(Unicode.Scalar, index: Int)
    case atom(OpaquePointer)
}
