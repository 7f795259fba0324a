import Foundation
import Synchronization

/// A member's own search index inside its part (README “站群”): the shard files and the
/// manifest its build makes, appended to one file (`search.pack`) with a table of where each
/// is (`search.pack.json`), instead of thousands of files under the member's output.
///
/// In a group, a member's search page searches the portal's combined index with the 机构
/// filter fixed to the member (`SiteConfig.portalSearch`), so the member's own shards are
/// only the merge's input (`SearchIndexMerger`): a 2,000-document member makes some 2,600
/// of them, which written, linked into the output and read again one by one cost more than
/// the merge itself. The fragments (`search/d/`) stay in the member's output: the portal's
/// results show them.
///
/// The bytes are appended in the order the build hands them over (its threads'), so two
/// builds of one member may give packs of different bytes; the table, and so everything read
/// from the pack, is the same.
final class MemberSearchPack: Sendable {
    static let dataFile = "search.pack"
    static let tableFile = "search.pack.json"

    private struct State {
        var fd: Int32
        var offset = 0
        var table: [String: [Int]] = [:]
    }

    private let state: Mutex<State>
    private let folder: String

    /// A new, empty pack in `folder` (a part's staging folder).
    init(folder: URL) throws(OutputWriter.Failure) {
        self.folder = folder.path
        let path = self.folder + "/" + Self.dataFile
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("无法创建 \(path)：\(String(cString: strerror(errno)))") }
        state = Mutex(State(fd: fd))
    }

    deinit {
        state.withLock { if $0.fd >= 0 { close($0.fd) } }
    }

    /// Whether a file of a member's output belongs in the pack: the index's shards and manifest.
    static func holds(_ path: String) -> Bool {
        path == URLBuilder.searchManifestPath
            || path.hasPrefix(URLBuilder.searchDataFolder + "s/") || path.hasPrefix(URLBuilder.searchDataFolder + "p/")
    }

    /// Appends `bytes` as the file at `path`; the failure's message, or nil.
    /// Only taking the place is locked: the shards' threads write their bytes at once, each at
    /// its own offset (a write under the lock kept the other threads spinning on it).
    func append(_ bytes: UnsafeBufferPointer<UInt8>, as path: String) -> String? {
        let (fd, offset) = state.withLock { state in
            let offset = state.offset
            state.table[path] = [offset, bytes.count]
            state.offset += bytes.count
            return (state.fd, offset)
        }
        var written = 0
        while written < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
            if n < 0 {
                if errno == EINTR { continue }
                return "写入 \(folder)/\(Self.dataFile) 失败：\(String(cString: strerror(errno)))"
            }
            written += n
        }
        return nil
    }

    /// How many files the pack holds.
    var count: Int { state.withLock { $0.table.count } }

    /// Closes the pack and writes its table (compact JSON, sorted keys, so the same files give
    /// the same table; written and read by hand, `CompactJSONWriter`/`CompactJSONReader`: some
    /// 2,600 entries for a 2,000-document member).
    func finish() -> String? {
        let table = state.withLock { state -> [String: [Int]] in
            close(state.fd)
            state.fd = -1
            return state.table
        }
        do {
            try Data(CompactJSONWriter.encode(table, capacity: 64 + table.count * 48)).write(to: URL(fileURLWithPath: folder + "/" + Self.tableFile))
            return nil
        } catch {
            return "写入 \(folder)/\(Self.tableFile) 失败：\(error.localizedDescription)"
        }
    }

    // MARK: - Reading

    /// Where each file is in the pack of the part in `folder`: nil when the part has no pack
    /// (the member has no search).
    static func table(in folder: URL) throws -> [String: [Int]]? {
        let url = folder.appendingPathComponent(tableFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try CompactJSONReader.decode([String: [Int]].self, from: [UInt8](Data(contentsOf: url)))
    }

    enum ReadFailure: Error {
        case missing(String)
        case unreadable(String)
    }

    /// The bytes of the file at `path` in the pack of the part in `folder`, as `table` lists it.
    static func read(_ path: String, in folder: URL, table: [String: [Int]]) throws(ReadFailure) -> [UInt8] {
        try read(path, inFolderAt: folder.path, table: table)
    }

    static func read(_ path: String, inFolderAt folder: String, table: [String: [Int]]) throws(ReadFailure) -> [UInt8] {
        guard let place = table[path], place.count == 2 else { throw .missing(path) }
        let bytes = try read(offset: place[0], count: place[1], inPackAt: folder + "/" + dataFile)
        defer { bytes.deallocate() }
        return Array(bytes)
    }

    /// The `count` bytes at `offset` of the pack at `pack`, read straight into memory of their
    /// own (not zero-filled first), which the caller deallocates.
    static func read(offset: Int, count: Int, inPackAt pack: String) throws(ReadFailure) -> UnsafeMutableBufferPointer<UInt8> {
        let fd = open(pack, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(pack) }
        defer { close(fd) }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
        var done = 0
        while done < count {
            let n = pread(fd, bytes.baseAddress! + done, count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                bytes.deallocate()
                throw .unreadable(pack)
            }
            done += n
        }
        return UnsafeMutableBufferPointer(rebasing: bytes[..<count])
    }
}
