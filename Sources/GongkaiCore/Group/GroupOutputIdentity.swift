import Foundation

/// Which output folder a group's parts cache was last committed with (README “站群”): the
/// device and inode of the output's marker file (`OutputWriter.markerName`), which every build
/// creates anew. The one-process group build links a reused member's files from the previous
/// output, so it reuses members only while the output is the one this records: an output
/// replaced by another build, restored from a copy or deleted makes every member build again.
enum GroupOutputIdentity {
    static let file = ".output-identity"

    /// Whether `output` is the folder last recorded for `cache`.
    static func matches(cache: URL, output: URL) -> Bool {
        guard let recorded = try? String(contentsOf: cache.appendingPathComponent(file), encoding: .utf8),
              let current = identity(of: output) else { return false }
        return recorded == current
    }

    /// Records `output` (just committed) for `cache`. A failure only costs rebuilding every member next time.
    static func record(cache: URL, output: URL) {
        guard let current = identity(of: output) else { return }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try? Data(current.utf8).write(to: cache.appendingPathComponent(file), options: .atomic)
    }

    private static func identity(of output: URL) -> String? {
        var info = stat()
        guard stat(output.appendingPathComponent(OutputWriter.markerName).path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }
}
