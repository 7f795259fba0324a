import Foundation
import Synchronization

/// Order-preserving parallel map over all cores; results never depend on scheduling.
enum Parallel {
    /// The number of threads `map(_:contexts:_:)` can keep busy.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        withSlots(count) { slots in
            nonisolated(unsafe) let shared = slots
            DispatchQueue.concurrentPerform(iterations: count) { i in
                shared[i] = transform(i)
            }
        }
    }

    /// `map`, each thread working with a context of its own, `contexts[w]` for worker `w`:
    /// the workers take the next index in turn until all are done.
    static func map<Context: Sendable, T: Sendable>(_ count: Int, contexts: [Context], _ transform: @Sendable (Context, Int) -> T) -> [T] {
        precondition(!contexts.isEmpty, "at least one context")
        let next = Atomic<Int>(0)
        return withSlots(count) { slots in
            nonisolated(unsafe) let shared = slots
            DispatchQueue.concurrentPerform(iterations: min(contexts.count, count)) { w in
                let context = contexts[w]
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard i < count else { return }
                    shared[i] = transform(context, i)
                }
            }
        }
    }

    private static func withSlots<T>(_ count: Int, _ fill: (UnsafeMutableBufferPointer<T?>) -> Void) -> [T] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        // Deinitialize too: without it every result (every rendered page) stays retained.
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        fill(slots)
        return slots.map { $0! }
    }
}
