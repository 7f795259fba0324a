import Foundation
import GongkaiCore
import Hummingbird
import Logging
import NIOCore

/// `gongkai serve`: builds the site (or a site group's portal and members) into a temporary
/// folder, serves it on 127.0.0.1 with Hummingbird's `FileMiddleware`, rebuilds when the
/// site's files change (a site through a `SiteSession`: only the pages a changed document
/// affects; a group through a whole group build) and tells open pages to reload through
/// server-sent events. A failed rebuild keeps the last good site
/// on the server and shows its errors in the terminal and over the page.
public final class DevServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        /// The build to repeat; its output folder and base URL are replaced.
        public var build: BuildOptions
        /// 0 picks a free port.
        public var port: Int
        public var host = "127.0.0.1"
        /// How long the files must be quiet after a change before the rebuild starts.
        public var debounce: Duration = .milliseconds(150)

        public init(build: BuildOptions, port: Int) {
            self.build = build
            self.port = port
        }
    }

    /// What the server tells the terminal.
    public enum Event: Sendable {
        case ready(url: String, watcher: String)
        /// A build finished; `rebuild` is false for the first one. `hasGoodBuild`: some build
        /// (this one or an earlier one) succeeded, so there is a site to serve.
        case built(BuildReport, seconds: Double, rebuild: Bool, hasGoodBuild: Bool)
        case stopped
    }

    /// Why the server could not run, in words for the editor.
    public enum Failure: Error, Sendable, Equatable {
        /// Another program listens on the port.
        case portInUse(Int)
        /// Any other reason the port cannot be used (e.g. a port below 1024 without rights).
        case cannotListen(port: Int, reason: String)

        public var message: String {
            switch self {
            case .portInUse(let port):
                return "端口 \(port) 已被占用（可能另一个 gongkai serve 还在运行）；用 --port 换一个端口，如 gongkai serve --port \(port == 65535 ? 8080 : port + 1)"
            case .cannotListen(let port, let reason):
                return "无法在端口 \(port) 上启动预览服务器（\(reason)）；用 --port 换一个端口，如 gongkai serve --port 8080"
            }
        }
    }

    let configuration: Configuration
    let onEvent: @Sendable (Event) -> Void
    let state = LiveState()
    let hub = LiveReloadHub()
    /// The temporary folder that holds the served site (`site/`).
    public let workFolder: URL
    var siteRoot: URL { workFolder.appendingPathComponent("site") }
    private let buildQueue = DispatchQueue(label: "gongkai-serve-build")
    /// The site kept loaded between builds; used only on `buildQueue`.
    private let session: SiteSession

    public init(_ configuration: Configuration, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.onEvent = onEvent
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(UUID().uuidString)")
        var options = configuration.build
        options.outputFolder = workFolder.appendingPathComponent("site")
        options.baseURL = "/"
        session = SiteSession(options)
    }

    /// Builds, serves and watches until the task is cancelled; then removes its folder.
    public func run() async throws {
        // A busy port is found before a build the editor would wait for in vain.
        if let code = PortProbe.bindError(host: configuration.host, port: configuration.port) { throw Self.failure(errno: code, port: configuration.port) }
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        await rebuild(first: true)

        let watcher = WatchedPaths.makeWatcher(buildFolder: configuration.build.siteFolder)
        let debouncer = ChangeDebouncer(quiet: configuration.debounce)
        watcher.start { debouncer.changed() }

        // Hummingbird's own lines ("Serving files from …", "Server started and listening on …",
        // and errors about closing channels when Ctrl-C cancels the server) are English noise
        // in the editor's terminal; the server's state is reported through `onEvent`, and a
        // port it cannot use as a `Failure`.
        var logger = Logger(label: "gongkai-serve")
        logger.logLevel = .critical
        let router = Router()
        router.add(middleware: LiveReloadMiddleware(root: siteRoot, state: state))
        router.add(middleware: FileMiddleware(siteRoot.path, searchForIndexHtml: true, logger: logger))
        router.get(RouterPath(LiveReloadInjector.eventsPath)) { [hub, state] _, _ -> Response in
            let snapshot = state.snapshot
            let stream = hub.subscribe(generation: snapshot.generation, failure: snapshot.failure)
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: .init(asyncSequence: stream.map { ByteBuffer(string: $0) })
            )
        }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "gongkai"),
            services: [RebuildService(debouncer: debouncer, rebuild: { [weak self] in
                await self?.rebuild(first: false, changedPaths: watcher.takeChangedPaths())
            })],
            onServerRunning: { [onEvent, configuration] channel in
                let port = channel.localAddress?.port ?? configuration.port
                onEvent(.ready(url: "http://\(configuration.host):\(port)/", watcher: watcher.kind))
            },
            logger: logger
        )
        do {
            try await withTaskCancellationHandler {
                try await app.runService(gracefulShutdownSignals: [])
            } onCancel: { [hub] in
                watcher.stop()
                debouncer.finish()
                hub.close()
            }
        } catch let error as IOError {
            watcher.stop()
            throw Self.failure(errno: error.errnoCode, port: configuration.port)
        }
        watcher.stop()
        onEvent(.stopped)
    }

    static func failure(errno code: Int32, port: Int) -> Failure {
        code == EADDRINUSE ? .portInUse(port) : .cannotListen(port: port, reason: String(cString: strerror(code)))
    }

    /// One build into the served folder; the old site stays when it fails. `changedPaths`:
    /// the files the watcher saw change, when it can say (`ChangeWatcher.takeChangedPaths()`).
    func rebuild(first: Bool, changedPaths: Set<String>? = nil) async {
        let started = Date()
        var options = configuration.build
        options.outputFolder = siteRoot
        options.baseURL = "/"
        let group = GroupBuilder.isGroup(options.siteFolder)
        let report = await withCheckedContinuation { [session, options] continuation in
            buildQueue.async {
                // A group folder (README “站群”) builds the portal with its members under their ids.
                continuation.resume(returning: group ? GroupBuilder.build(options) : session.update(changedPaths: changedPaths).report)
            }
        }
        let snapshot = state.record(report)
        onEvent(.built(report, seconds: Date().timeIntervalSince(started), rebuild: !first, hasGoodBuild: snapshot.generation > 0))
        if let failure = snapshot.failure {
            hub.broadcast("build-error", data: failure)
        } else {
            hub.broadcast("reload", data: String(snapshot.generation))
        }
    }
}
