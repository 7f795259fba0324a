import CCmark
import Foundation

/// The text cmark's inline parser read for one paragraph or heading: the content lines
/// without container prefixes or leading white space, joined by line feeds.
struct InlineSubject {
    var scalars: [Unicode.Scalar]
    /// `scalars` as UTF-8, for matching text nodes by `memcmp` (`InlineSourceAlignment`,
    /// bench/PERFORMANCE.md): the content lines' bytes, joined and trimmed alike.
    var bytes: [UInt8]
    /// Where each line starts in `scalars`; a paragraph's inline content may start at a
    /// later line when link reference definitions come first.
    var lineStarts: [Int]

    /// The subject of a paragraph or heading node, or nil when it cannot be recovered.
    init?(node: OpaquePointer, source: MarkdownSource) {
        let type = CmarkNode.type(node)
        var lines = BlockLineReader.lines(of: node, in: source)
        guard !lines.isEmpty else { return nil }
        if type == CMARK_NODE_HEADING {
            if BlockLineReader.isATXHeadingLine(lines[0], in: source) {
                lines = [InlineSubject.atxContent(lines[0], in: source)]
            } else if lines.count > 1 {
                lines.removeLast()
            } else {
                return nil
            }
        } else if type != CMARK_NODE_PARAGRAPH {
            return nil
        }
        // Decoded straight into a buffer sized for the worst case (one scalar per byte):
        // appending scalar by scalar cost more than the rest of the pass.
        var capacity = 0
        for line in lines { capacity += max(0, line.end - Self.contentStart(line)) + 1 }
        var starts: [Int] = []
        starts.reserveCapacity(lines.count)
        scalars = source.bytes.withUnsafeBufferPointer { all in
            [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
                var written = 0
                for (index, line) in lines.enumerated() {
                    if index > 0 {
                        buffer.initializeElement(at: written, to: "\n")
                        written += 1
                    }
                    starts.append(written)
                    let start = Self.contentStart(line)
                    UTF8Scalars.forEach(in: UnsafeBufferPointer(rebasing: all[start..<max(start, line.end)])) { value in
                        // Valid UTF-8 (it came from a String): no check needed to be a scalar.
                        buffer.initializeElement(at: written, to: value == 0 ? "\u{FFFD}" : unsafeBitCast(value, to: Unicode.Scalar.self))
                        written += 1
                    }
                }
                count = written
            }
        }
        lineStarts = starts
        var trimmed = 0
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" {
            scalars.removeLast()
            trimmed += 1
        }
        bytes = source.bytes.withUnsafeBufferPointer { all in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var at = 0
                for (index, line) in lines.enumerated() {
                    if index > 0 {
                        buffer.initializeElement(at: at, to: 0x0A)
                        at += 1
                    }
                    let start = Self.contentStart(line)
                    guard line.end > start, let base = all.baseAddress else { continue }
                    (buffer.baseAddress! + at).initialize(from: base + start, count: line.end - start)
                    at += line.end - start
                }
                // The trimmed white space is one byte a character.
                count = at - trimmed
            }
        }
        // A NUL is U+FFFD among the scalars: the bytes must say so too.
        if bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) {
            bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
        }
    }

    /// Where the inline text of `line` starts: cmark keeps the leading white space of a lazy
    /// continuation line; it shows after a backslash hard break.
    private static func contentStart(_ line: BlockLine) -> Int {
        line.isLazy ? line.prefixEnd : line.start
    }

    /// The content of an ATX heading line: without the opening `#`s and the optional closing sequence.
    private static func atxContent(_ line: BlockLine, in source: MarkdownSource) -> BlockLine {
        let bytes = source.bytes
        var start = line.start
        while start < line.end, bytes[start] == UInt8(ascii: "#") { start += 1 }
        while start < line.end, BlockLineReader.isSpaceOrTab(bytes[start]) { start += 1 }
        var end = line.end
        while end > start, BlockLineReader.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        var hashes = end
        while hashes > start, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes == start || BlockLineReader.isSpaceOrTab(bytes[hashes - 1]) {
            end = hashes
            while end > start, BlockLineReader.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        }
        var result = line
        result.start = start
        result.end = end
        return result
    }
}
