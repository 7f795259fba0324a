import Foundation

/// The digest of everything a member's part is built from (README “站群”, 只重建改动的成员):
/// the group's stamp (group.json, the release, the options), the day, and the bytes of the
/// member's site.json, content/, static/, themes/ and data/ and of the group folder's themes/.
/// Hidden files are not read, as the build does not read them.
///
/// A file's bytes are read only when its stat differs from `MemberInputStats` of the last
/// build (or is too recent to trust); the others keep their recorded digests.
enum MemberInputs {
    static let siteFolders = ["content", "static", "themes", "data"]

    /// What the digest adds, in order: a label, or a file (its key in the stats, its full path).
    private enum Item {
        case text(String)
        case file(key: String, path: String)
    }

    /// The digest and the stats to keep for next time.
    static func digest(member: GroupMember, folder: URL, groupFolder: URL, stamp: String, today: Day,
                       known: MemberInputStats = MemberInputStats()) -> (digest: String, stats: MemberInputStats) {
        var items: [Item] = [.file(key: "site.json", path: folder.appendingPathComponent("site.json").path)]
        for name in siteFolders { items += tree(name, in: folder, keyPrefix: "") }
        items.append(.text("group themes"))
        items += tree("themes", in: groupFolder, keyPrefix: "group:")
        var stats = MemberInputStats()
        stats.taken = MemberInputStats.now()
        let files = items.compactMap { item -> (key: String, path: String)? in
            if case .file(let key, let path) = item { return (key, path) }
            return nil
        }
        let entries = Parallel.map(files.count) { n -> MemberInputStats.Entry? in
            guard var entry = MemberInputStats.fileStat(files[n].path) else { return nil }
            if let old = known.unchanged(files[n].key, entry) { return old }
            guard let data = FileManager.default.contents(atPath: files[n].path) else { return nil }
            var digest = ContentDigest()
            data.withUnsafeBytes { digest.add($0) }
            entry.digest = digest.hex
            return entry
        }

        var digest = ContentDigest()
        digest.add(stamp)
        digest.add("today=\(today) member=\(member.id)")
        var n = 0
        for item in items {
            switch item {
            case .text(let text):
                digest.add(text)
            case .file(let key, _):
                digest.add(key.hasPrefix("group:") ? String(key.dropFirst("group:".count)) : key)
                if let entry = entries[n] {
                    digest.add(entry.digest)
                    stats.files[key] = entry
                } else {
                    digest.add("(none)")
                }
                n += 1
            }
        }
        return (digest.hex, stats)
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
