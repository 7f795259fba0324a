import Foundation

/// The digest of everything a member's part is built from (README “站群”, 只重建改动的成员):
/// the group's stamp (group.json, the release, the options), the day, and the bytes of the
/// member's site.json, content/, static/, themes/ and data/ and of the group folder's themes/.
/// Hidden files are not read, as the build does not read them.
enum MemberInputs {
    static let siteFolders = ["content", "static", "themes", "data"]

    static func digest(member: GroupMember, folder: URL, groupFolder: URL, stamp: String, today: Day) -> String {
        var digest = ContentDigest()
        digest.add(stamp)
        digest.add("today=\(today) member=\(member.id)")
        add(file: "site.json", in: folder, to: &digest)
        for name in siteFolders { addTree(name, in: folder, to: &digest) }
        digest.add("group themes")
        addTree("themes", in: groupFolder, to: &digest)
        return digest.hex
    }

    private static func addTree(_ name: String, in root: URL, to digest: inout ContentDigest) {
        var ignored: [Diagnostic] = []
        let files = FileWalker.files(under: root.appendingPathComponent(name), root: root, diagnostics: &ignored)
        digest.add("\(name)/ \(files.count)")
        for path in files { add(file: path, in: root, to: &digest) }
    }

    private static func add(file path: String, in root: URL, to digest: inout ContentDigest) {
        digest.add(path)
        if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
            data.withUnsafeBytes { digest.add($0) }
        } else {
            digest.add("(none)")
        }
    }
}
