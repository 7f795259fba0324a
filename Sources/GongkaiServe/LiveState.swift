import Foundation
import GongkaiCore

/// What the server knows about the last builds: how many good ones there were and the
/// errors of the last one if it failed. Read by every request, written by the rebuilds.
final class LiveState: @unchecked Sendable {
    struct Snapshot: Sendable {
        /// Counts successful builds; pages compare it to reload when they are stale.
        var generation = 0
        /// The errors of the last build when it failed; nil after a good build.
        var failure: String?
    }

    private let lock = NSLock()
    private var value = Snapshot()

    var snapshot: Snapshot { lock.withLock { value } }

    /// Records a build; returns the new snapshot.
    func record(_ report: BuildReport) -> Snapshot {
        lock.withLock {
            if report.succeeded && report.wroteOutput {
                value.generation += 1
                value.failure = nil
            } else {
                let errors = report.diagnostics.filter { $0.severity == .error }
                value.failure = errors.map(\.formatted).joined(separator: "\n")
            }
            return value
        }
    }
}
