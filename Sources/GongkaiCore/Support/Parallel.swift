import Foundation

/// Order-preserving parallel map over all cores; results never depend on scheduling.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        // Deinitialize too: without it every result (every rendered page) stays retained.
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { i in
            shared[i] = transform(i)
        }
        return slots.map { $0! }
    }
}
