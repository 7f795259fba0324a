import Foundation

/// A Markdown file split into its front matter and body.
///
/// A UTF-8 BOM and CRLF line ends are accepted; the body keeps its line numbers
/// through `bodyLine`, so positions inside it can be reported in the whole file.
public struct SourceFile: Sendable {
    public var path: String
    /// The YAML between the `---` lines, or nil when the file has none.
    public var frontMatter: String?
    public var body: String
    /// The 1-based line of the file on which the body starts.
    public var bodyLine: Int

    public enum Problem: Error, Sendable, Equatable {
        /// Bytes that are not UTF-8, with the line and column of the first bad byte.
        case notUTF8(line: Int, column: Int)
        /// An opening `---` without a closing one.
        case unterminatedFrontMatter
    }

    /// Splits raw bytes; a file that does not start with `---` has no front matter.
    public static func split(_ bytes: [UInt8], path: String) -> Result<SourceFile, Problem> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard var text = content.withUnsafeBufferPointer({ String(fastValidating: $0) }) else {
            return .failure(firstInvalidPosition(content))
        }
        // libc's vectorised search: `contains` compared the whole file byte by byte.
        let hasCarriageReturn = content.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Walk lines as UTF-8 offsets only as far as the closing delimiter; the body is
        // never split into lines, and yaml and body are slices of the validated text (no
        // second validation, no copy of the whole file).
        enum Split { case none, unterminated, found(yaml: Range<Int>, body: Int, bodyLine: Int) }
        let split: Split = text.withUTF8 { utf8 in
            func lineEnd(from start: Int) -> Int {
                var i = start
                while i < utf8.count, utf8[i] != 0x0A { i += 1 }
                return i
            }
            func isDelimiter(_ start: Int, _ end: Int, _ marker: UInt8) -> Bool {
                var e = end
                while e > start, utf8[e - 1] == 0x20 || utf8[e - 1] == 0x09 { e -= 1 }
                return e - start == 3 && utf8[start] == marker && utf8[start + 1] == marker && utf8[start + 2] == marker
            }
            let firstEnd = lineEnd(from: 0)
            guard isDelimiter(0, firstEnd, UInt8(ascii: "-")) else { return .none }
            var start = firstEnd + 1
            var line = 2
            while start <= utf8.count {
                let end = lineEnd(from: start)
                if isDelimiter(start, end, UInt8(ascii: "-")) || isDelimiter(start, end, UInt8(ascii: ".")) {
                    return .found(yaml: min(firstEnd + 1, start)..<max(start - 1, firstEnd + 1), body: min(end + 1, utf8.count), bodyLine: line + 1)
                }
                if end >= utf8.count { break }
                start = end + 1
                line += 1
            }
            return .unterminated
        }
        switch split {
        case .none:
            return .success(SourceFile(path: path, frontMatter: nil, body: text, bodyLine: 1))
        case .unterminated:
            return .failure(.unterminatedFrontMatter)
        case .found(let yaml, let body, let bodyLine):
            // Offsets at line starts and ends are character boundaries of the text.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(SourceFile(path: path, frontMatter: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]),
                                       body: String(text[index(body)...]), bodyLine: bodyLine))
        }
    }

    /// The line and column (in characters) of the first byte that starts no UTF-8 character.
    private static func firstInvalidPosition(_ bytes: ArraySlice<UInt8>) -> Problem {
        let offset = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } ?? bytes.count
        let before = bytes[bytes.startIndex..<(bytes.startIndex + offset)]
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).count + 1
        return .notUTF8(line: before.count { $0 == 0x0A } + 1, column: column)
    }
}

