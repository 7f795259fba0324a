import Foundation
@testable import GongkaiCore

/// A copy of the example site in a temporary folder, edited step by step by a seeded
/// generator, with a `SiteSession` building it incrementally and a clean build to compare.
struct SessionFixture {
    let folder: URL
    let sessionOutput: URL
    let cleanOutput: URL
    var random: SeededGenerator
    private(set) var step = 0
    private var added = 0

    init(seed: UInt64) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-session-\(seed)-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["site.json", "content", "themes"] {
            try fm.copyItem(at: ExampleSite.root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        sessionOutput = folder.appendingPathComponent("serve")
        cleanOutput = folder.appendingPathComponent("clean")
        random = SeededGenerator(state: seed)
    }

    func options(output: URL) -> BuildOptions {
        var options = BuildOptions(siteFolder: folder)
        options.outputFolder = output
        options.today = Day(year: 2025, month: 11, day: 22)
        return options
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The documents (not `_index.md`) by site-relative path, sorted.
    var documents: [String] {
        var ignored: [Diagnostic] = []
        return FileWalker.files(under: folder.appendingPathComponent("content"), root: folder, diagnostics: &ignored)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("/_index.md") }
    }

    func read(_ path: String) -> String { (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? "" }

    func write(_ path: String, _ text: String) {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
    }

    func move(_ from: String, to: String) {
        try? FileManager.default.moveItem(at: folder.appendingPathComponent(from), to: folder.appendingPathComponent(to))
    }

    /// One front matter line `key: value` replaced (or added before the closing `---`).
    static func setting(_ key: String, to value: String, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        if let i = lines[1..<end].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[i] = "\(key): \(value)"
        } else {
            lines.insert("\(key): \(value)", at: end)
        }
        return lines.joined(separator: "\n")
    }

    static func value(_ key: String, in text: String) -> String? {
        text.components(separatedBy: "\n").first { $0.hasPrefix(key + ":") }.map { String($0.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces) }
    }

    static let topics = ["综合政务/政务公开", "农业、林业、水利/林业", "城乡建设、环境保护/城乡建设", "财政、金融、审计/财政预算", "卫生、体育/医疗保障"]
    static let publishers = ["青山镇党政综合办公室", "青山镇财政所", "青山镇农业农村办公室", "青山镇应急管理办公室"]
    /// Plain list nodes a document may move between.
    static let listFolders = ["content/fdzdgknr/gzdt", "content/fdzdgknr/czxx", "content/fdzdgknr/ghjh", "content/fdzdgknr/rsxx", "content/fdzdgknr/fgwj/qtwj"]

    /// Makes one random edit and says what it was.
    mutating func edit() -> String {
        step += 1
        let docs = documents
        let doc = docs[Int.random(in: 0..<docs.count, using: &random)]
        let text = read(doc)
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:
            // Every third one leaves a placeholder, which the checkers that read bodies warn of.
            let placeholder = step % 3 == 0 ? "联系人：【请填写联系人】。" : ""
            write(doc, text + "\n第\(step)次补充：进一步深化基层治理，加强**（\(step)）组织领导。**各村要抓好落实。\(placeholder)\n")
            return "body \(doc)"
        case 2:
            let title = Self.value("title", in: text) ?? "文件"
            write(doc, Self.setting("title", to: title + "（第\(step)次修订）", in: text))
            return "title \(doc)"
        case 3:
            // A date between the day it was written and the site's today keeps it published.
            let written = Self.value("written", in: text).flatMap { Day(iso: $0) } ?? Day(year: 2024, month: 1, day: 1)!
            let span = max(0, Day(year: 2025, month: 11, day: 22)!.dayNumber - written.dayNumber)
            let day = written.adding(days: Int.random(in: 0...min(span, 400), using: &random))
            write(doc, Self.setting("published", to: day.description, in: text))
            return "date \(doc) \(day)"
        case 4:
            write(doc, Self.setting("topic", to: Self.topics.randomElement(using: &random)!, in: text))
            return "topic \(doc)"
        case 5:
            write(doc, Self.setting("publisher", to: Self.publishers.randomElement(using: &random)!, in: text))
            return "publisher \(doc)"
        case 6:
            let target = Self.listFolders.randomElement(using: &random)!
            let to = target + "/" + doc.split(separator: "/").last!
            guard Self.listFolders.contains(where: { doc.hasPrefix($0 + "/") }), !docs.contains(to) else { return edit() }
            move(doc, to: to)
            return "node \(doc) → \(to)"
        case 7:
            added += 1
            let folder = Self.listFolders.randomElement(using: &random)!
            let path = "\(folder)/session-added-\(step).md"
            let number = "00822061-4/2025-9\(String(format: "%04d", step))"
            write(path, "---\ntitle: 新增文件第\(step)号\nindex_no: \"\(number)\"\npublished: 2025-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))\npublisher: \(Self.publishers.randomElement(using: &random)!)\ntopic: \(Self.topics.randomElement(using: &random)!)\n---\n\n新增的第\(step)号文件正文。加强基层治理。\n")
            return "add \(path)"
        case 8:
            let to = doc.replacingOccurrences(of: ".md", with: "-r\(step).md")
            move(doc, to: to)
            return "rename \(doc) → \(to)"
        default:
            guard docs.count > 40 else { return edit() }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(doc))
            return "delete \(doc)"
        }
    }
}
