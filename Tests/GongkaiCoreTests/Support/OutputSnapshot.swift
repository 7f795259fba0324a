import Foundation

/// Every file under a folder, by its path inside it, with its bytes: two builds are identical
/// when their snapshots are equal.
enum OutputSnapshot {
    static func of(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let rootPath = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: rootPath) else { return result }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: rootPath + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result[path] = FileManager.default.contents(atPath: rootPath + "/" + path)
        }
        return result
    }

    /// The paths whose bytes differ, or that only one side has, for a readable failure.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
