import Foundation

/// The text cmark parsed, as bytes with an index of lines, so passes can recover the
/// raw lines behind a node from its source positions.
///
/// Lines are numbered from 1 and split the way cmark splits them (`\n`, `\r\n`, `\r`).
/// Columns are 1-based byte offsets, as in cmark's source positions.
struct MarkdownSource {
    /// Where a line of this text came from in the document being rendered: a fragment
    /// parsed on its own maps its lines back so link positions stay meaningful.
    struct Origin: Hashable {
        var line: Int
        /// Added to a column on this line to get the column in the document.
        var columnOffset: Int
    }

    let bytes: [UInt8]
    private(set) var lineStarts: [Int] = []
    private(set) var lineEnds: [Int] = []
    /// One origin per line; nil means the text is the document itself.
    var origins: [Origin?]?

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts: [Int] = []
        var ends: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            if memchr(base, 0x0D, count) == nil {
                // Line feeds only, the usual case: libc's vectorised search finds them.
                var start = 0
                while start < count, let found = memchr(base + start, 0x0A, count - start) {
                    let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    starts.append(start)
                    ends.append(index)
                    start = index + 1
                }
                if start < count {
                    starts.append(start)
                    ends.append(count)
                }
                return
            }
            var start = 0
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    starts.append(start)
                    ends.append(index)
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count {
                starts.append(start)
                ends.append(count)
            }
        }
        if starts.isEmpty {
            starts.append(bytes.count)
            ends.append(bytes.count)
        }
        lineStarts = starts
        lineEnds = ends
    }

    var lineCount: Int { lineStarts.count }

    /// Byte range of line `number` without its line ending; empty when out of range.
    func range(ofLine number: Int) -> Range<Int> {
        guard number >= 1, number <= lineStarts.count else { return 0..<0 }
        return lineStarts[number - 1]..<lineEnds[number - 1]
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The position in the rendered document of `line`:`column` in this text.
    func documentPosition(line: Int, column: Int) -> (line: Int, column: Int) {
        guard let origins else { return (line, column) }
        guard line >= 1, line <= origins.count, let origin = origins[line - 1] else { return (line, column) }
        return (origin.line, max(1, column + origin.columnOffset))
    }
}
