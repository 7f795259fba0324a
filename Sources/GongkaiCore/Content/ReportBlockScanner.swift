/// Finds the fenced blocks of a Markdown body whose info string names an annual-report
/// table (```` ```年报表三 ````), by lines, as CommonMark delimits fenced code blocks.
enum ReportBlockScanner {
    /// One fenced block whose info string starts with `年报表`.
    struct Block: Sendable, Hashable {
        /// The first word of the info string, e.g. `年报表三`.
        var name: String
        /// 1-based body line of the opening fence, and its column (in characters).
        var fenceLine: Int
        var fenceColumn: Int
        /// The lines between the fences, as written (indentation kept), joined by `\n`.
        var content: String
        /// 1-based body line of the first content line.
        var contentLine: Int
    }

    static let prefix = "年报表"

    /// The report blocks of `body`, in order. Other fenced blocks are skipped whole.
    static func blocks(in body: String) -> [Block] {
        guard body.containsUTF8(prefix) else { return [] }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard let fence = openingFence(line) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !isClosing(lines[end], fence: fence) { end += 1 }
            let name = fence.info.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            if name.hasPrefix(prefix) {
                blocks.append(Block(name: name, fenceLine: index + 1, fenceColumn: fence.indent + 1,
                                    content: lines[(index + 1)..<end].joined(separator: "\n"), contentLine: index + 2))
            }
            index = end + 1
        }
        return blocks
    }

    private struct Fence {
        var character: Character
        var length: Int
        var indent: Int
        var info: String
    }

    private static func openingFence(_ line: Substring) -> Fence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingWhitespace()
        if character == "`", info.contains("`") { return nil }
        return Fence(character: character, length: length, indent: indent, info: info)
    }

    private static func isClosing(_ line: Substring, fence: Fence) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let length = rest.prefix { $0 == fence.character }.count
        return length >= fence.length && rest.dropFirst(length).allSatisfy(\.isWhitespace)
    }
}
