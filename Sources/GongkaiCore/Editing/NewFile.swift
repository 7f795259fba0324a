import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a file that must not exist yet, all at once: the data goes to a hidden temporary
/// file beside it, which is then hard-linked to the final name (failing if that name was
/// taken meanwhile) and removed. A reader never sees a half-written file, and an existing
/// file is never replaced.
enum NewFile {
    static func create(_ data: Data, at url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        defer { unlink(temporary.path) }
        guard link(temporary.path, url.path) == 0 else {
            throw CocoaError(errno == EEXIST ? .fileWriteFileExists : .fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
