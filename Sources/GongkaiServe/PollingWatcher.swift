import Foundation

/// Polls the watched paths twice a second and reports when any file's size or
/// modification time, or the set of files, changed. The fallback where inotify is missing.
public final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    public let kind = "轮询"
    private let root: URL
    private let interval: TimeInterval
    private let lock = NSLock()
    private var running = false

    public init(root: URL, interval: TimeInterval = 0.5) {
        self.root = root
        self.interval = interval
    }

    public func start(onChange: @escaping @Sendable () -> Void) {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            var last = fingerprint()
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: interval)
                let now = fingerprint()
                if now != last {
                    last = now
                    onChange()
                }
            }
        }
        thread.name = "gongkai-poll"
        thread.start()
    }

    public func stop() {
        lock.withLock { running = false }
    }

    /// Polling compares fingerprints, not paths: the session looks at the whole tree.
    public func takeChangedPaths() -> Set<String>? { nil }

    /// Path, size and modification time of every watched file.
    func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        func add(_ url: URL, _ relative: String) {
            guard let attributes = try? fm.attributesOfItem(atPath: url.path) else { return }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[relative] = "\(size)|\(modified)"
        }
        for name in WatchedPaths.files { add(root.appendingPathComponent(name), name) }
        for folder in WatchedPaths.folders {
            let base = root.appendingPathComponent(folder)
            guard let enumerator = fm.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in enumerator where !WatchedPaths.isNoise(url.lastPathComponent) {
                add(url, folder + "/" + url.path.dropFirst(base.path.count))
            }
        }
        return result
    }
}
