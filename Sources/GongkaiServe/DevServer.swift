import Foundation
import GongkaiCore
import Hummingbird
import Logging
import NIOCore

/// `gongkai serve`: builds the site into a temporary folder, serves it on 127.0.0.1 with
/// Hummingbird's `FileMiddleware`, rebuilds when the site's files change and tells open
/// pages to reload through server-sent events. A failed rebuild keeps the last good site
/// on the server and shows its errors in the terminal and over the page.
public final class DevServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        /// The build to repeat; its output folder and base URL are replaced.
        public var build: BuildOptions
        /// 0 picks a free port.
        public var port: Int
        public var host = "127.0.0.1"

        public init(build: BuildOptions, port: Int) {
            self.build = build
            self.port = port
        }
    }

    /// What the server tells the terminal.
    public enum Event: Sendable {
        case ready(url: String, watcher: String)
        /// A build finished; `rebuild` is false for the first one.
        case built(BuildReport, seconds: Double, rebuild: Bool)
        case stopped
    }

    let configuration: Configuration
    let onEvent: @Sendable (Event) -> Void
    let state = LiveState()
    let hub = LiveReloadHub()
    /// The temporary folder that holds the served site (`site/`).
    public let workFolder: URL
    var siteRoot: URL { workFolder.appendingPathComponent("site") }
    private let buildQueue = DispatchQueue(label: "gongkai-serve-build")

    public init(_ configuration: Configuration, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.onEvent = onEvent
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(UUID().uuidString)")
    }

    /// Builds, serves and watches until the task is cancelled; then removes its folder.
    public func run() async throws {
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        await rebuild(first: true)

        let watcher = WatchedPaths.makeWatcher(siteFolder: configuration.build.siteFolder)
        let (changes, changed) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        watcher.start { changed.yield() }

        let router = Router()
        router.add(middleware: LiveReloadMiddleware(root: siteRoot, state: state))
        router.add(middleware: FileMiddleware(siteRoot.path, searchForIndexHtml: true))
        router.get(RouterPath(LiveReloadInjector.eventsPath)) { [hub, state] _, _ -> Response in
            let stream = hub.subscribe(generation: state.snapshot.generation)
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: .init(asyncSequence: stream.map { ByteBuffer(string: $0) })
            )
        }
        var logger = Logger(label: "gongkai-serve")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "gongkai"),
            services: [RebuildService(changes: changes, rebuild: { [weak self] in await self?.rebuild(first: false) })],
            onServerRunning: { [onEvent, configuration] channel in
                let port = channel.localAddress?.port ?? configuration.port
                onEvent(.ready(url: "http://\(configuration.host):\(port)/", watcher: watcher.kind))
            },
            logger: logger
        )
        try await withTaskCancellationHandler {
            try await app.runService(gracefulShutdownSignals: [])
        } onCancel: { [hub] in
            watcher.stop()
            changed.finish()
            hub.close()
        }
        watcher.stop()
        onEvent(.stopped)
    }

    /// One build into the served folder; the old site stays when it fails.
    func rebuild(first: Bool) async {
        var options = configuration.build
        options.outputFolder = siteRoot
        options.baseURL = "/"
        let started = Date()
        let buildOptions = options
        let report = await withCheckedContinuation { continuation in
            buildQueue.async { continuation.resume(returning: SiteBuilder.build(buildOptions)) }
        }
        let snapshot = state.record(report)
        onEvent(.built(report, seconds: Date().timeIntervalSince(started), rebuild: !first))
        if let failure = snapshot.failure {
            hub.broadcast("build-error", data: failure)
        } else {
            hub.broadcast("reload", data: String(snapshot.generation))
        }
    }
}
