import Foundation

/// A value worked out on a thread of its own while the caller does something else; `value`
/// waits for it. The group build loads the next member this way while it renders the current
/// one, so the serial stretches of one member's build (reading its config and theme, resolving,
/// writing its search index) overlap the other's work on the second core.
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    /// Written once by the thread before `done` is signalled, read only after waiting for it.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        // Loading a member recurses through its catalog and parses Markdown: a main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once the thread has worked it out.
    func value() -> T {
        done.wait()
        done.signal()
        return result!
    }
}
