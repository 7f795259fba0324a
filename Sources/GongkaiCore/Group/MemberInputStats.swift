import Foundation

/// What the group build last knew of a member's input files (README “站群”, 只重建改动过的成员),
/// as git's index does: per file its size, modification and change times (ns), inode and
/// digest. A file whose stat is unchanged keeps its digest without being read again; any other
/// file is read and hashed.
///
/// A file modified within `racyWindow` before the stats were taken may change again without
/// its time moving (file times are coarser than the clock), so such a file is always read.
/// Kept beside each part, outside it (`<parts>/.<id>.inputs-stat.json`), so a part stays the
/// same bytes for the same inputs; a missing or unreadable one only means every file is read.
struct MemberInputStats: Sendable, Codable, Equatable {
    /// Nanoseconds: a file modified this close to (or after) `taken` is never trusted by its stat.
    static let racyWindow: Int64 = 2_000_000_000

    struct Entry: Sendable, Codable, Equatable {
        var size: Int64
        var mtime: Int64
        var ctime: Int64
        var inode: UInt64
        var digest: String

        enum CodingKeys: String, CodingKey {
            case ctime, digest, inode, mtime, size
        }
    }

    /// When the stats were taken (ns since 1970).
    var taken: Int64 = 0
    /// Per path, from the folder the digest names it by (`site.json`, `content/…`, `group:themes/…`).
    var files: [String: Entry] = [:]

    enum CodingKeys: String, CodingKey {
        case files, taken
    }

    /// The entry for `path` whose stat `info` still matches, so its digest can be reused.
    func unchanged(_ path: String, _ info: Entry) -> Entry? {
        guard let old = files[path], old.size == info.size, old.mtime == info.mtime, old.ctime == info.ctime, old.inode == info.inode,
              info.mtime < taken - Self.racyWindow else { return nil }
        return old
    }

    /// Where the stats of the part in `folder` (`<parts>/<id>`) are kept.
    static func file(for folder: URL) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).inputs-stat.json")
    }

    /// Whether these stats, taken after `known`, are worth writing in its place: a file's stat
    /// changed, or one was too recent to trust then (and may be trusted now).
    func replaces(_ known: MemberInputStats) -> Bool {
        files != known.files || known.files.values.contains { $0.mtime >= known.taken - Self.racyWindow }
    }

    /// The stats of the part in `folder`; empty when there are none.
    static func read(from folder: URL) -> MemberInputStats {
        guard let data = FileManager.default.contents(atPath: file(for: folder).path),
              let stats = try? CompactJSONReader.decode(MemberInputStats.self, from: [UInt8](data)) else { return MemberInputStats() }
        return stats
    }

    /// Writes the stats of the part in `folder` through a temporary file and a rename, so a
    /// reader never sees half a file. A failure only costs reading the files next time.
    func write(to folder: URL) {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        let data = Data(CompactJSONWriter.encode(self, capacity: 256 + files.count * 160))
        let target = Self.file(for: folder)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(target.lastPathComponent + ".\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// The current time in ns since 1970 (when stats are taken; never part of any output).
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// The stat of the file at `path` with no digest yet; nil when it cannot be read.
    static func fileStat(_ path: String) -> Entry? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Entry(info, digest: "")
    }
}

extension MemberInputStats.Entry {
    /// The entry of a file with stat `info` and digest `digest`.
    init(_ info: stat, digest: String) {
        self.init(size: Int64(info.st_size),
                  mtime: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  ctime: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino), digest: digest)
    }

    /// The entry of a file as read: the stat of its descriptor and the digest of its bytes
    /// (what `MemberInputs` records for the same file when it reads it itself).
    init(_ file: FileBytes) {
        var digest = ContentDigest()
        digest.add(file.bytes)
        self.init(file.info, digest: digest.hex)
    }
}
