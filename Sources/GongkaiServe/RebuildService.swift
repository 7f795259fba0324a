import ServiceLifecycle

/// Runs a rebuild for each batch of changes, one at a time, until the changes end.
struct RebuildService: Service {
    let changes: AsyncStream<Void>
    let rebuild: @Sendable () async -> Void

    func run() async throws {
        for await _ in changes {
            // Let a burst of saves settle (editors write a file in several steps).
            try? await Task.sleep(for: .milliseconds(150))
            await rebuild()
        }
    }
}
