#if os(Linux)
import Foundation
import Glibc

/// Linux inotify on every folder under the watched paths (inotify is not recursive, so new
/// folders get their own watch as they appear) and on the site folder itself for
/// `site.json` and for watched folders created later.
public final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    public let kind = "inotify"
    private let root: URL
    private let descriptor: Int32
    private let lock = NSLock()
    private var running = false
    /// Watch descriptor → site-relative folder ("" for the site folder).
    private var folders: [Int32: String] = [:]
    /// The files changed since the last ``takeChangedPaths()``, and whether something
    /// changed that is not one file (a folder, lost events); touched under `lock`.
    private var changedPaths: Set<String> = []
    private var changedOtherwise = false

    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    /// Nil when inotify is not available (then polling is used).
    public init?(root: URL) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.root = root.standardizedFileURL
        self.descriptor = descriptor
        addWatch("")
        for folder in WatchedPaths.folders { addTree(folder) }
    }

    deinit { close(descriptor) }

    private func addWatch(_ relative: String) {
        let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        if wd >= 0 { lock.withLock { folders[wd] = relative } }
    }

    /// Watches a folder and every folder below it.
    private func addTree(_ relative: String) {
        let url = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        addWatch(relative)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !name.hasPrefix(".") {
            addTree(relative + "/" + name)
        }
    }

    public func start(onChange: @escaping @Sendable () -> Void) {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while lock.withLock({ running }) {
                var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&pollDescriptor, 1, 250) > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                if handle(buffer[0..<count]) { onChange() }
            }
        }
        thread.name = "gongkai-inotify"
        thread.start()
    }

    public func stop() {
        lock.withLock { running = false }
    }

    public func takeChangedPaths() -> Set<String>? {
        lock.withLock {
            defer { (changedPaths, changedOtherwise) = ([], false) }
            return changedOtherwise ? nil : changedPaths
        }
    }

    private func noteChange(_ path: String?) {
        lock.withLock {
            if let path { changedPaths.insert(path) } else { changedOtherwise = true }
        }
    }

    /// Reads a batch of events; true when one of them matters for the build.
    private func handle(_ bytes: ArraySlice<UInt8>) -> Bool {
        var relevant = false
        var offset = bytes.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.endIndex {
            let (wd, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let base = offset - bytes.startIndex
                let wd = raw.loadUnaligned(fromByteOffset: base, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self)
                let length = raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self)
                return (wd, mask, Int(length))
            }
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += headerSize + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                relevant = true
                noteChange(nil)
                continue
            }
            guard let folder = lock.withLock({ folders[wd] }) else { continue }
            if folder.isEmpty {
                // The site folder itself: only site.json and the watched folders matter.
                if WatchedPaths.files.contains(name) {
                    relevant = true
                    noteChange(name)
                }
                if WatchedPaths.folders.contains(name) {
                    relevant = true
                    noteChange(nil)
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(name) }
                }
                continue
            }
            guard !name.isEmpty, !WatchedPaths.isNoise(name) else {
                if mask & UInt32(IN_DELETE_SELF) != 0 {
                    relevant = true
                    noteChange(nil)
                }
                continue
            }
            relevant = true
            noteChange(mask & UInt32(IN_ISDIR) != 0 ? nil : folder + "/" + name)
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(folder + "/" + name) }
        }
        return relevant
    }
}
#endif
