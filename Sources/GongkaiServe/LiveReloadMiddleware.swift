import Foundation
import Hummingbird
import NIOCore

/// Sits in front of Hummingbird's `FileMiddleware`: pages (text/html) it serves get the
/// live-reload snippet; a missing page gets the site's own 404.html; before any build has
/// succeeded every page is the error page. Nothing is cached by the browser, so a
/// reloaded page is always the new build.
struct LiveReloadMiddleware<Context: RequestContext>: RouterMiddleware {
    let root: URL
    let state: LiveState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let snapshot = state.snapshot
        // Whole pages only, never "not modified": the injected snippet changes with each build.
        var head = request.head
        head.headerFields[.ifNoneMatch] = nil
        head.headerFields[.ifModifiedSince] = nil
        head.headerFields[.range] = nil
        let request = Request(head: head, body: request.body)
        if snapshot.generation == 0, request.uri.path != LiveReloadInjector.eventsPath {
            let page = LiveReloadInjector.inject(into: LiveReloadInjector.errorPage(snapshot.failure ?? ""), generation: 0, failure: snapshot.failure ?? "")
            return htmlResponse(page, status: .serviceUnavailable)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            let notFound = (try? String(contentsOf: root.appendingPathComponent("404.html"), encoding: .utf8)) ?? "<!DOCTYPE html><html><body><h1>404</h1></body></html>"
            return htmlResponse(LiveReloadInjector.inject(into: notFound, generation: snapshot.generation, failure: snapshot.failure), status: .notFound)
        }
        response.headers[.cacheControl] = "no-store"
        guard request.method == .get, response.status == .ok,
              response.headers[.contentType]?.lowercased().hasPrefix("text/html") == true else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        let html = String(decoding: collector.bytes, as: UTF8.self)
        return htmlResponse(LiveReloadInjector.inject(into: html, generation: snapshot.generation, failure: snapshot.failure), status: .ok)
    }

    private func htmlResponse(_ html: String, status: HTTPResponse.Status) -> Response {
        let buffer = ByteBuffer(string: html)
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer)
        )
    }
}

/// Gathers a response body in memory (pages are small).
final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    private(set) var bytes: [UInt8] = []

    func write(_ buffer: ByteBuffer) async throws {
        bytes += buffer.readableBytesView
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
