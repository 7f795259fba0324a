import Foundation
import Testing

/// Inputs an editor's folder may really contain, or an attacker could craft: each must end
/// in a diagnostic or a correct page, never a crash, a hang or a write outside the output.
///
/// Large inputs are generated rather than stored, so the repository stays small.
enum HostileInputCorpus {
    enum Outcome: Sendable, CustomStringConvertible {
        /// The build stops with an error of this id, in this file.
        case error(String, file: String)
        /// The build succeeds and writes this output file; a warning of `warning` may come with it.
        case page(String, warning: String? = nil)

        var description: String {
            switch self {
            case .error(let id, let file): return "error \(id) in \(file)"
            case .page(let path, _): return "page \(path)"
            }
        }
    }

    enum Content: Sendable {
        case bytes([UInt8])
        /// A symbolic link to an absolute path outside the site.
        case linkOutside(String)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Site-relative path of the hostile file.
        var path: String
        var content: Content
        var outcome: Outcome
        var testDescription: String { name }
    }

    static let head = "---\ntitle: 测试文件\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\n---\n"

    static func text(_ s: String) -> Content { .bytes(Array(s.utf8)) }

    /// `title` plus anchors nine levels deep, each naming the one below nine times
    /// (9⁹ ≈ 387 million strings if expanded).
    static func aliasBomb(extra: String) -> String {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = Array("abcdefghi").map(String.init)
        for k in 1..<names.count {
            let previous = names[k - 1]
            lines.append("\(names[k]): &\(names[k]) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return "---\n" + lines.joined(separator: "\n") + "\ntitle: 别名炸弹\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\n\(extra)---\n正文\n"
    }

    static let cases: [Case] = [
        Case(name: "an empty file", path: "content/gzdt/empty.md", content: text(""), outcome: .error("field.missing", file: "content/gzdt/empty.md")),
        Case(name: "front matter only", path: "content/gzdt/fm-only.md", content: text(String(head.dropLast())), outcome: .page("gzdt/fm-only.html")),
        Case(name: "unterminated front matter", path: "content/gzdt/open.md", content: text("---\ntitle: 没有结束\nindex_no: 12345678-9/2024-00050\n正文\n"),
             outcome: .error("front-matter.unterminated", file: "content/gzdt/open.md")),
        Case(name: "--- inside the body", path: "content/gzdt/rules.md", content: text(head + "第一部分\n\n---\n\n第二部分\n---\n第三部分\n"), outcome: .page("gzdt/rules.html")),
        Case(name: "a 10 MB body", path: "content/gzdt/big.md",
             content: text(head + String(repeating: String(repeating: "这是一段很长的正文，含有数字 2024 和 **强调**。", count: 40) + "\n\n", count: 5_600)),
             outcome: .page("gzdt/big.html")),
        Case(name: "a one-megabyte line", path: "content/gzdt/line.md", content: text(head + String(repeating: "长", count: 350_000)), outcome: .page("gzdt/line.html")),
        Case(name: "deeply nested lists", path: "content/gzdt/lists.md", content: text(head + String(repeating: "- ", count: 100_000) + "x\n\n" + String(repeating: "> ", count: 100_000) + "y\n\n" + String(repeating: "> - 1. ", count: 30_000) + "z\n"),
             outcome: .page("gzdt/lists.html")),
        Case(name: "deeply nested brackets and emphasis", path: "content/gzdt/brackets.md",
             content: text(head + String(repeating: "[", count: 50_000) + "x" + String(repeating: "](", count: 50_000) + "\n\n" + String(repeating: "**_", count: 30_000) + "\n\n" + String(repeating: "|", count: 40_000) + "\n"),
             outcome: .page("gzdt/brackets.html")),
        Case(name: "deeply nested YAML flow collections", path: "content/gzdt/flow.md",
             content: text("---\ntitle: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\n"),
             outcome: .error("yaml.too-deep", file: "content/gzdt/flow.md")),
        Case(name: "deeply nested YAML blocks", path: "content/gzdt/block.md",
             content: text("---\ntitle: x\nkeywords:\n" + (0..<200).map { String(repeating: " ", count: $0) + "- k:" }.joined(separator: "\n") + "\n---\n"),
             outcome: .error("yaml.too-deep", file: "content/gzdt/block.md")),
        Case(name: "NUL bytes in the body", path: "content/gzdt/nul.md", content: .bytes(Array(head.utf8) + [0x61, 0x00, 0x62, 0x0A, 0x00, 0x00, 0x0A]), outcome: .page("gzdt/nul.html")),
        Case(name: "a NUL byte in the front matter", path: "content/gzdt/nulfm.md",
             content: .bytes(Array("---\ntitle: a".utf8) + [0x00] + Array("b\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\n---\n".utf8)),
             outcome: .error("yaml.syntax", file: "content/gzdt/nulfm.md")),
        Case(name: "invalid UTF-8 in the middle", path: "content/gzdt/broken.md", content: .bytes(Array((head + "第一段\n第二段").utf8) + [0xE4, 0xB8] + Array("\n第三段\n".utf8)),
             outcome: .error("file.encoding", file: "content/gzdt/broken.md")),
        Case(name: "a GBK file", path: "content/gzdt/gbk.md", content: .bytes(Array("---\ntitle: ".utf8) + [0xB2, 0xE2, 0xCA, 0xD4] + Array("\n---\n".utf8)),
             outcome: .error("file.encoding", file: "content/gzdt/gbk.md")),
        Case(name: "random binary bytes", path: "content/gzdt/binary.md", content: .bytes((0..<4096).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }),
             outcome: .error("file.encoding", file: "content/gzdt/binary.md")),
        Case(name: "a YAML alias bomb in unknown keys", path: "content/gzdt/bomb.md", content: text(aliasBomb(extra: "")), outcome: .page("gzdt/bomb.html", warning: "front-matter.unknown-key")),
        Case(name: "a YAML alias bomb in a known key", path: "content/gzdt/bomb2.md", content: text(aliasBomb(extra: "keywords: *i\n")), outcome: .error("field.type", file: "content/gzdt/bomb2.md")),
        Case(name: "an undefined alias", path: "content/gzdt/alias.md", content: text("---\ntitle: *nothing\n---\n"), outcome: .error("yaml.syntax", file: "content/gzdt/alias.md")),
        Case(name: "huge numbers as dates", path: "content/gzdt/huge.md",
             content: text("---\ntitle: 99999999999999999999999999\nindex_no: 12345678-9/2024-00050\npublished: 99999999999999999999-01-01\nwritten: 1e999\n---\n"),
             outcome: .error("date.invalid", file: "content/gzdt/huge.md")),
        Case(name: "a huge number as title and 索引号", path: "content/gzdt/number.md",
             content: text("---\ntitle: 1e999\nindex_no: 99999999999999999999999999999\npublished: 2024-03-01\n---\n"), outcome: .page("gzdt/number.html", warning: "index-no.pattern")),
        Case(name: "front matter that is a list", path: "content/gzdt/list.md", content: text("---\n- a\n- b\n---\n"), outcome: .error("yaml.not-mapping", file: "content/gzdt/list.md")),
        Case(name: "tab indentation", path: "content/gzdt/tab.md", content: text("---\ntitle: x\n\tindex_no: y\n---\n"), outcome: .error("yaml.syntax", file: "content/gzdt/tab.md")),
        Case(name: "a BOM and CRLF line ends", path: "content/gzdt/crlf.md", content: .bytes([0xEF, 0xBB, 0xBF] + Array((head + "正文\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)),
             outcome: .page("gzdt/crlf.html")),
        Case(name: "old Mac CR line ends", path: "content/gzdt/cr.md", content: text((head + "正文\n").replacingOccurrences(of: "\n", with: "\r")), outcome: .page("gzdt/cr.html")),
        Case(name: "a symlink to a file outside the site", path: "content/gzdt/passwd.md", content: .linkOutside("/etc/passwd"), outcome: .error("path.outside", file: "content/gzdt/passwd.md")),
        Case(name: "a symlink to a folder outside the site", path: "content/gzdt/etc", content: .linkOutside("/etc"), outcome: .error("path.outside", file: "content/gzdt/etc")),
        Case(name: "an attachment that climbs out of the site", path: "content/gzdt/climb.md",
             content: text("---\ntitle: x\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\nattachments: ../../../../../../etc/passwd\n---\n"),
             outcome: .error("attachment.outside", file: "content/gzdt/climb.md")),
        Case(name: "a slug that climbs out of the output", path: "content/gzdt/slug.md",
             content: text("---\ntitle: x\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\nslug: ../../../etc/cron.d/x\n---\n"),
             outcome: .error("slug.unsafe", file: "content/gzdt/slug.md")),
        Case(name: "a body link that climbs out of the site", path: "content/gzdt/link.md", content: text(head + "[密码](../../../../../../etc/passwd)\n"), outcome: .page("gzdt/link.html", warning: "link.broken")),
        Case(name: "30,000 broken links on one line", path: "content/gzdt/links.md", content: text(head + String(repeating: "[文件](none.md) ", count: 30_000) + "\n"),
             outcome: .page("gzdt/links.html", warning: "link.broken")),
        Case(name: "30,000 broken anchors and 3,000 headings", path: "content/gzdt/anchors.md",
             content: text(head + (0..<3_000).map { "## 第\($0)条\n\n" }.joined() + String(repeating: "[见](#第九千条) ", count: 30_000) + "\n"),
             outcome: .page("gzdt/anchors.html", warning: "link.anchor")),
        Case(name: "a 索引号 and a 文号 of 100,000 characters", path: "content/gzdt/long.md",
             content: text("---\ntitle: x\nindex_no: 12345678-9/2024-" + String(repeating: "1", count: 100_000) + "x\ndoc_no: 青政" + String(repeating: "〔", count: 50_000) + "2024" + String(repeating: "1", count: 100_000) + "号\npublished: 2024-03-01\n---\n"),
             outcome: .page("gzdt/long.html", warning: "index-no.pattern")),
        Case(name: "a file name with spaces", path: "content/gzdt/notice with spaces.md", content: text(head + "正文\n"), outcome: .page("gzdt/2024-00050.html")),
        Case(name: "a Chinese file name with spaces", path: "content/gzdt/关于 开展 工作的 通知.md", content: text(head + "正文\n"), outcome: .page("gzdt/2024-00050.html")),
        Case(name: "script in the title and body", path: "content/gzdt/script.md",
             content: text("---\ntitle: \"<script>alert(1)</script>\"\nindex_no: 12345678-9/2024-00050\npublished: 2024-03-01\n---\n<script>alert(2)</script>\n\n[x](javascript:alert(3))\n"),
             outcome: .page("gzdt/script.html")),
    ]
}
