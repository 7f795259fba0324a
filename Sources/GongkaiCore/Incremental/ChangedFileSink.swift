import Foundation

/// An ``OutputSink`` for `SiteSession`: it compares each file it receives with the file of
/// that path in the output folder and keeps, in memory, only the files whose bytes differ.
/// Nothing is written until ``commit(deleting:)``, so a failed build leaves the previous
/// output as it was.
final class ChangedFileSink: OutputSink, @unchecked Sendable {
    let siteFolder: URL
    let outputFolder: URL
    private let lock = NSLock()
    /// Files whose bytes differ from the output folder's, by path; touched under `lock`.
    private var changed: [String: [UInt8]] = [:]
    /// Every path received; touched under `lock`.
    private(set) var received: Set<String> = []

    init(siteFolder: URL, outputFolder: URL) {
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder
    }

    func receive(_ files: [OutputFile]) -> String? {
        for file in files {
            guard OutputWriter.staysInside(file.path) else { return "拒绝写入输出文件夹之外的路径：\(file.path)" }
            let bytes: [UInt8]
            switch file.contents {
            case .text(let text): bytes = Array(text.utf8)
            case .bytes(let b): bytes = b
            case .copy(let source):
                guard let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent(source).path) else {
                    return "写入 \(file.path) 失败：无法读取 \(source)"
                }
                bytes = Array(data)
            }
            let existing = FileManager.default.contents(atPath: outputFolder.appendingPathComponent(file.path).path)
            let same = existing.map { Self.equal($0, bytes) } ?? false
            lock.withLock {
                received.insert(file.path)
                if !same { changed[file.path] = bytes } else { changed[file.path] = nil }
            }
        }
        return nil
    }

    /// Byte equality with `memcmp` (a search shard is compared on every rebuild).
    static func equal(_ data: Data, _ bytes: [UInt8]) -> Bool {
        guard data.count == bytes.count else { return false }
        return data.withUnsafeBytes { a in bytes.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    /// How many received files differ from the output folder's.
    var changedCount: Int { lock.withLock { changed.count } }

    /// Writes the changed files and deletes `stale` (paths no longer produced), removing
    /// folders left empty; returns the first failure's message.
    func commit(deleting stale: [String]) -> String? {
        let files = lock.withLock { changed.sorted { $0.key < $1.key } }
        let fm = FileManager.default
        for (path, bytes) in files {
            let url = outputFolder.appendingPathComponent(path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url, options: .atomic)
            } catch {
                return "写入 \(path) 失败：\(error.localizedDescription)"
            }
        }
        for path in stale.sorted() {
            var url = outputFolder.appendingPathComponent(path)
            try? fm.removeItem(at: url)
            // Folders the clean build would not make go with their last file.
            url.deleteLastPathComponent()
            while url.path.count > outputFolder.path.count, (try? fm.contentsOfDirectory(atPath: url.path))?.isEmpty == true {
                try? fm.removeItem(at: url)
                url.deleteLastPathComponent()
            }
        }
        return nil
    }
}
