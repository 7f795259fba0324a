import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out the next free 索引号 for a year and remembers every number it gave.
///
/// A number is taken when any document's front matter mentions it (as 索引号, or as a
/// 解读对象 of a number whose document is gone) or when the ledger
/// `content/.index-numbers` lists it. The next number is one past the highest taken
/// serial of the year, so a gap left by a deleted document is never filled: a published
/// 索引号 may be cited in interpretations, annual reports and replies to applications,
/// and must never come to mean another document.
public struct IndexNumberAllocator: Sendable {
    /// The ledger, site-relative. Hidden, so it is never copied to the output.
    public static let ledgerPath = "content/.index-numbers"

    static let ledgerHeader = """
    # gongkai 索引号登记簿（请随网站一起提交保存，不要删除本文件或其中的行）
    #
    # gongkai new 和 gongkai init 每分配一个索引号，就在这里记一行。
    # 索引号一经公开，就可能被政策解读、年度报告和依申请公开答复引用；
    # 即使文档后来删除了，它的索引号也不能再分配给别的文档。
    # gongkai 分配新索引号时，取本年度已用过的最大流水号加 1（包括这里记录的号码），
    # 所以删除文档不会让它的号码被重新使用。
    #
    # 每行依次为：索引号、发布日期、文件、标题（用制表符分隔）。

    """

    public let siteFolder: URL
    public let pattern: IndexNumberPattern
    public let code: String

    public init(siteFolder: URL, pattern: IndexNumberPattern, code: String) {
        self.siteFolder = siteFolder
        self.pattern = pattern
        self.code = code
    }

    var ledgerURL: URL { siteFolder.appendingPathComponent(Self.ledgerPath) }

    /// Serials of the year already used by documents or recorded in the ledger, whatever
    /// agency code they were issued under (an init placeholder, or a code the agency had
    /// before): serials count per year across the site, so a new number never shares its
    /// serial, nor its default file name, with an older one.
    /// With a pattern that has no `{year}`, every serial counts whatever the year.
    public func takenSerials(year: Int) -> Set<Int> {
        var serials: Set<Int> = []
        for number in documentNumbers() + ledgerNumbers() {
            guard let parts = pattern.matchAnyCode(number) else { continue }
            if !pattern.countsPerYear || parts.year == year { serials.insert(parts.serial) }
        }
        return serials
    }

    /// The 索引号 that `allocate` would give now, without recording it.
    public func peek(year: Int) -> String {
        pattern.format(code: code, year: year, serial: (takenSerials(year: year).max() ?? 0) + 1)
    }

    /// Allocates the next number of the year while holding a lock on the ledger, so two
    /// `gongkai new` running at once never get the same number. `use` writes the document;
    /// when it succeeds the number is appended to the ledger with the returned path and title.
    public func allocate<T>(year: Int, date: Day, _ use: (String) throws -> (path: String, title: String, result: T)) throws -> T {
        try withLockedLedger {
            let number = peek(year: year)
            let (path, title, result) = try use(number)
            return (Entry(number: number, date: date.description, path: path, title: title), result)
        }
    }

    /// Records a number given from outside (a page imported from an old column keeps its
    /// 索引号), under the same lock: `use` writes the document, then the number is appended
    /// to the ledger. Throws `NumberTaken` without calling `use` when a document or the
    /// ledger already has the number.
    public func record<T>(_ number: String, date: Day, _ use: () throws -> (path: String, title: String, result: T)) throws -> T {
        try withLockedLedger {
            guard !Set(documentNumbers() + ledgerNumbers()).contains(number) else { throw NumberTaken(number: number) }
            let (path, title, result) = try use()
            return (Entry(number: number, date: date.description, path: path, title: title), result)
        }
    }

    /// The 索引号 `record` was given is already used or recorded.
    public struct NumberTaken: Error, Sendable {
        public let number: String
    }

    private func withLockedLedger<T>(_ body: () throws -> (Entry, T)) throws -> T {
        let fm = FileManager.default
        try fm.createDirectory(at: ledgerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !fm.fileExists(atPath: ledgerURL.path) {
            try Data(Self.ledgerHeader.utf8).write(to: ledgerURL)
        }
        let descriptor = open(ledgerURL.path, O_RDWR)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: ledgerURL.path]) }
        defer { close(descriptor) }
        _ = flock(descriptor, LOCK_EX)
        defer { _ = flock(descriptor, LOCK_UN) }

        let (entry, result) = try body()
        let handle = try FileHandle(forWritingTo: ledgerURL)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(entry.line.utf8))
        return result
    }

    /// The numbers recorded in the ledger, in the order written.
    public func ledgerNumbers() -> [String] {
        readLedger().numbers
    }

    /// Whether the ledger file is there.
    public var ledgerExists: Bool {
        FileManager.default.fileExists(atPath: ledgerURL.path)
    }

    /// A ledger line's first field that is not an 索引号 of this site's pattern, as a
    /// warning at its line: the number it should hold is not protected from reuse.
    public func ledgerProblems() -> [Diagnostic] {
        readLedger().problems
    }

    /// One line of the ledger.
    public struct Entry: Sendable, Hashable {
        public var number: String
        public var date: String
        public var path: String
        public var title: String

        public init(number: String, date: String, path: String, title: String) {
            self.number = number
            self.date = date
            self.path = path
            self.title = title
        }

        var line: String {
            [number, date, path, title].map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t") + "\n"
        }
    }

    /// Writes a new ledger with its header and these entries; never replaces an existing one.
    public func createLedger(_ entries: [Entry]) throws {
        try FileManager.default.createDirectory(at: ledgerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = Self.ledgerHeader + entries.map(\.line).joined()
        try Data(text.utf8).write(to: ledgerURL, options: .withoutOverwriting)
    }

    private func readLedger() -> (numbers: [String], problems: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: ledgerURL.path) else { return ([], []) }
        var numbers: [String] = []
        var problems: [Diagnostic] = []
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            guard let first = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).first.map(String.init) else { continue }
            numbers.append(first)
            if pattern.matchAnyCode(first) == nil {
                problems.append(.warning(
                    "ledger.malformed", "索引号登记簿中这一行无法识别：开头的 \"\(first.shortened())\" 不是符合格式 \(pattern.source) 的索引号",
                    at: SourcePosition(file: Self.ledgerPath, line: offset + 1),
                    hint: "每行依次为：索引号、发布日期、文件、标题，用制表符分隔；说明行以 # 开头。请改正这一行，否则这个号码可能被再次分配"
                ))
            }
        }
        return (numbers, problems)
    }

    /// Every token in the front matter of every Markdown file under `content/` that could be
    /// an 索引号. Files are read as text, so a file with a YAML error still keeps its numbers.
    func documentNumbers() -> [String] {
        var ignored: [Diagnostic] = []
        let separators: Set<Character> = [" ", "\t", "\"", "'", ",", "[", "]", "{", "}", "，", "、", "；", ";"]
        var numbers: [String] = []
        for path in FileWalker.files(under: siteFolder.appendingPathComponent("content"), root: siteFolder, diagnostics: &ignored) where path.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent(path).path),
                  case .success(let file) = SourceFile.split(Array(data), path: path),
                  let yaml = file.frontMatter else { continue }
            for line in yaml.split(whereSeparator: \.isNewline) {
                // YAML comments (a `#` at the start or after a space) are not front matter.
                var content = line[...]
                if content.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
                if let comment = content.range(of: " #") { content = content[..<comment.lowerBound] }
                for token in content.split(whereSeparator: { separators.contains($0) }) where token.count > 1 && !token.hasSuffix(":") {
                    numbers.append(String(token))
                }
            }
        }
        return numbers
    }
}
