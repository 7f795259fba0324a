import Foundation

/// The open pages' server-sent-event streams, and what each is told after a rebuild.
final class LiveReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    /// A new stream for one page; it starts with the current build generation, so a page
    /// that loaded just before a rebuild reloads at once, and with the current build's
    /// errors while it is failing, so a page opened meanwhile shows them too.
    func subscribe(generation: Int, failure: String? = nil) -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.streams.removeValue(forKey: id) }
        }
        continuation.yield("retry: 1000\n\n")
        continuation.yield(Self.event("hello", data: String(generation)))
        if let failure { continuation.yield(Self.event("build-error", data: failure)) }
        let accepted = lock.withLock { () -> Bool in
            guard !closed else { return false }
            streams[id] = continuation
            return true
        }
        if !accepted { continuation.finish() }
        return stream
    }

    /// Sends one event to every open page.
    func broadcast(_ name: String, data: String) {
        let message = Self.event(name, data: data)
        for continuation in lock.withLock({ Array(streams.values) }) { continuation.yield(message) }
    }

    /// Number of pages listening, for tests.
    var count: Int { lock.withLock { streams.count } }

    /// Ends every stream, so the server can stop.
    func close() {
        let all = lock.withLock { () -> [AsyncStream<String>.Continuation] in
            closed = true
            defer { streams.removeAll() }
            return Array(streams.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// `event: name` and one `data:` line per line of `data`.
    static func event(_ name: String, data: String) -> String {
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }
}
