import ServiceLifecycle

/// Runs one rebuild per settled batch of changes, one at a time, until the changes end.
struct RebuildService: Service {
    let debouncer: ChangeDebouncer
    let rebuild: @Sendable () async -> Void

    func run() async throws {
        await debouncer.run(rebuild)
    }
}
