import Foundation

/// Turns the file events of one save into one rebuild. Editors write a file in several
/// steps (a temporary file, a rename, a change of attributes), and the watcher may report
/// them one by one; a rebuild starts only when no event came for `quiet`. Events during a
/// rebuild lead to exactly one more rebuild after it.
final class ChangeDebouncer: @unchecked Sendable {
    let quiet: Duration
    private let lock = NSLock()
    private var sequence = 0
    private var lastChange = ContinuousClock.now
    private let stream: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation

    init(quiet: Duration) {
        self.quiet = quiet
        (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Called by the watcher, from any thread, for every change.
    func changed() {
        let number = lock.withLock {
            sequence += 1
            lastChange = .now
            return sequence
        }
        continuation.yield(number)
    }

    /// Ends `run`.
    func finish() {
        continuation.finish()
    }

    /// Calls `body` once for each settled batch of changes, one call at a time, until `finish`.
    func run(_ body: @Sendable () async -> Void) async {
        var handled = 0
        for await number in stream {
            // Already covered by the last rebuild, which started after this change.
            guard number > handled else { continue }
            while !Task.isCancelled {
                let since = lock.withLock { ContinuousClock.now - lastChange }
                if since >= quiet { break }
                try? await Task.sleep(for: quiet - since)
            }
            if Task.isCancelled { return }
            handled = lock.withLock { sequence }
            await body()
        }
    }
}
