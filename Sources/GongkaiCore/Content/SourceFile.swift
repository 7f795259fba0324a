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
        guard var text = String(validating: content, as: UTF8.self) else {
            return .failure(firstInvalidPosition(content))
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .success(SourceFile(path: path, frontMatter: nil, body: text, bodyLine: 1))
        }
        for index in 1..<lines.count where lines[index].trimmingTrailingSpaces == "---" || lines[index].trimmingTrailingSpaces == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(SourceFile(path: path, frontMatter: yaml, body: body, bodyLine: index + 2))
        }
        return .failure(.unterminatedFrontMatter)
    }

    private static func firstInvalidPosition(_ bytes: ArraySlice<UInt8>) -> Problem {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.endIndex || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return .notUTF8(line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return .notUTF8(line: line, column: 1)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
