import Foundation

/// The digest of everything a member's part is built from (README “站群”, 只重建改动的成员):
/// the group's stamp (group.json, the release, the options), the day, and the bytes of the
/// member's site.json, content/, static/, themes/ and data/ and of the group folder's themes/.
/// Hidden files are not read, as the build does not read them.
///
/// A file's bytes are read only when its stat differs from `MemberInputStats` of the last
/// build (or is too recent to trust); the others keep their recorded digests.
///
/// A member that is built whatever its digest takes it in two steps around its load, so each
/// input file is read once (`begin`, then `Pending.finish`): the files the load reads itself
/// (`readByLoad`) are handed over by it, as read; the others are read before it, as
/// `digest` reads them, so the digest never describes a file newer than the part built from it.
enum MemberInputs {
    static let siteFolders = ["content", "static", "themes", "data"]

    /// What the digest adds, in order: a label, or a file (its key in the stats, its full path).
    fileprivate enum Item: Sendable {
        case text(String)
        case file(key: String, path: String)
    }

    /// The digest and the stats to keep for next time.
    static func digest(member: GroupMember, folder: URL, groupFolder: URL, stamp: String, today: Day,
                       known: MemberInputStats = MemberInputStats()) -> (digest: String, stats: MemberInputStats) {
        begin(member: member, folder: folder, groupFolder: groupFolder, stamp: stamp, today: today, known: known, leavingLoadedFiles: false)
            .finish(read: [:])
    }

    /// Whether the member's load reads the file `key` (as the stats key it) itself, whole:
    /// its site.json and the Markdown under content/ (`GroupMemberLoader.load`, `ContentLoader`).
    static func readByLoad(_ key: String) -> Bool {
        key == "site.json" || (key.hasPrefix("content/") && key.hasSuffix(".md"))
    }

    /// The digest begun before the member is loaded: every input file listed and, unless it is
    /// one the load reads (`readByLoad`), its entry taken now (from `known`, or read); the load's
    /// files are left to `Pending.finish`. The stats' time is taken here, before any file is.
    static func begin(member: GroupMember, folder: URL, groupFolder: URL, stamp: String, today: Day,
                      known: MemberInputStats, leavingLoadedFiles: Bool = true) -> Pending {
        var items: [Item] = [.file(key: "site.json", path: folder.appendingPathComponent("site.json").path)]
        for name in siteFolders { items += tree(name, in: folder, keyPrefix: "") }
        items.append(.text("group themes"))
        items += tree("themes", in: groupFolder, keyPrefix: "group:")
        let taken = MemberInputStats.now()
        let files = items.compactMap { item -> (key: String, path: String)? in
            if case .file(let key, let path) = item { return (key, path) }
            return nil
        }
        let entries = Parallel.map(files.count) { n -> Pending.Slot in
            if leavingLoadedFiles && readByLoad(files[n].key) { return .left }
            return .taken(entry(files[n].key, at: files[n].path, known: known))
        }
        return Pending(head: "today=\(today) member=\(member.id)", stamp: stamp, items: items, files: files, slots: entries, known: known, taken: taken)
    }

    /// A digest whose files the load reads are still to come.
    struct Pending: Sendable {
        fileprivate enum Slot: Sendable {
            case left
            case taken(MemberInputStats.Entry?)
        }

        fileprivate let head: String
        fileprivate let stamp: String
        fileprivate let items: [Item]
        fileprivate let files: [(key: String, path: String)]
        fileprivate let slots: [Slot]
        fileprivate let known: MemberInputStats
        fileprivate let taken: Int64

        /// The digest, with the entries the load handed over in `read` (by stats key: the stat of
        /// the descriptor it read and the digest of the bytes, `MemberInputStats.Entry(_:)`).
        /// A file left for the load that it did not read (it stopped early: the member has
        /// errors, so its part is never reused) is taken as `digest` takes it.
        func finish(read: [String: MemberInputStats.Entry]) -> (digest: String, stats: MemberInputStats) {
            var stats = MemberInputStats()
            stats.taken = taken
            var digest = ContentDigest()
            digest.add(stamp)
            digest.add(head)
            var n = 0
            for item in items {
                switch item {
                case .text(let text):
                    digest.add(text)
                case .file(let key, let path):
                    digest.add(key.hasPrefix("group:") ? String(key.dropFirst("group:".count)) : key)
                    let found: MemberInputStats.Entry?
                    switch slots[n] {
                    case .taken(let entry): found = entry
                    case .left: found = read[key] ?? MemberInputs.entry(key, at: path, known: known)
                    }
                    if let found {
                        digest.add(found.digest)
                        stats.files[key] = found
                    } else {
                        digest.add("(none)")
                    }
                    n += 1
                }
            }
            return (digest.hex, stats)
        }
    }

    /// The entry of one file: the recorded one while its stat is unchanged, else its stat and
    /// the digest of its bytes; nil when it cannot be read.
    private static func entry(_ key: String, at path: String, known: MemberInputStats) -> MemberInputStats.Entry? {
        guard var entry = MemberInputStats.fileStat(path) else { return nil }
        if let old = known.unchanged(key, entry) { return old }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var digest = ContentDigest()
        data.withUnsafeBytes { digest.add($0) }
        entry.digest = digest.hex
        return entry
    }

    /// The files of `root/name`, keyed by their path from `root` (led by `keyPrefix`), after
    /// a label that counts them.
    private static func tree(_ name: String, in root: URL, keyPrefix: String) -> [Item] {
        var ignored: [Diagnostic] = []
        let files = FileWalker.files(under: root.appendingPathComponent(name), root: root, diagnostics: &ignored)
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return [.text("\(name)/ \(files.count)")] + files.map { .file(key: keyPrefix + $0, path: rootPath + $0) }
    }
}
