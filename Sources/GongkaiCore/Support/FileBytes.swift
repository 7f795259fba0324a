import Foundation

/// A file's bytes read through one open descriptor, with the `stat` of that descriptor taken
/// before the bytes: what a group member's load hands over to its input digest
/// (`MemberInputs.Pending`), so a build from scratch reads each input file once.
struct FileBytes {
    let bytes: [UInt8]
    /// `fstat` of the descriptor the bytes were read from, taken before reading them.
    let info: stat

    /// The file at `path`; nil when it cannot be opened or read (a folder, a missing file).
    /// Reads the size `fstat` gave in one call where it can, as `FileManager.contents(atPath:)`
    /// does; a file of size 0 (or one that shrank) is read until its end.
    static func read(_ path: String) -> FileBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        // Read straight into the array's storage, not into zeros written first.
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let got = Glibc.read(fd, buffer.baseAddress! + filled, size - filled)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if got == 0 { break }
                filled += got
            }
            initialized = filled
        }
        if failed { return nil }
        if size == 0 {
            // Sizes of 0 are not always true (files of special file systems): read to the end.
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                bytes += chunk[0..<got]
            }
        }
        return FileBytes(bytes: bytes, info: info)
    }
}
