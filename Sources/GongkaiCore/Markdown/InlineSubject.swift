import CCmark
import Foundation

/// The text cmark's inline parser read for one paragraph or heading: the content lines
/// without container prefixes or leading white space, joined by line feeds.
struct InlineSubject {
    /// The subject as UTF-8: the content lines' bytes, joined and trimmed; a NUL is the
    /// UTF-8 of U+FFFD, as cmark reads it. Everything works on these bytes, never on an
    /// array of scalars (bench/PERFORMANCE.md): `FlankingAgreement` decides from them
    /// whether the block needs the pass, `InlineSourceAlignment` matches text nodes against
    /// them by `memcmp`, and runs find their neighbours in them.
    var bytes: [UInt8]
    /// Where each line starts in `bytes`; a paragraph's inline content may start at a
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
        var capacity = 0
        for line in lines { capacity += max(0, line.end - Self.contentStart(line)) + 1 }
        var starts: [Int] = []
        starts.reserveCapacity(lines.count)
        var hasNUL = false
        // The lines' bytes copied straight into a buffer sized for them.
        bytes = source.bytes.withUnsafeBufferPointer { all in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var at = 0
                for (index, line) in lines.enumerated() {
                    if index > 0 {
                        buffer.initializeElement(at: at, to: 0x0A)
                        at += 1
                    }
                    starts.append(at)
                    let start = Self.contentStart(line)
                    guard line.end > start, let base = all.baseAddress else { continue }
                    (buffer.baseAddress! + at).initialize(from: base + start, count: line.end - start)
                    if memchr(base + start, 0, line.end - start) != nil { hasNUL = true }
                    at += line.end - start
                }
                // Trailing white space is trimmed, as cmark trims the inline content.
                while at > 0, buffer[at - 1] == 0x20 || buffer[at - 1] == 0x09 || buffer[at - 1] == 0x0A { at -= 1 }
                count = at
            }
        }
        lineStarts = starts
        if hasNUL { Self.replaceNUL(&bytes, lineStarts: &lineStarts) }
    }

    /// A NUL is U+FFFD to cmark's inline parser: its three bytes replace the one.
    private static func replaceNUL(_ bytes: inout [UInt8], lineStarts: inout [Int]) {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var line = 0
        for (offset, byte) in bytes.enumerated() {
            while line < lineStarts.count, lineStarts[line] == offset {
                lineStarts[line] = result.count
                line += 1
            }
            if byte == 0 { result += [0xEF, 0xBF, 0xBD] } else { result.append(byte) }
        }
        // Line starts past the trimmed end keep their distance from it.
        while line < lineStarts.count {
            lineStarts[line] += result.count - bytes.count
            line += 1
        }
        bytes = result
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
