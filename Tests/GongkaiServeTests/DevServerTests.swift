import AsyncHTTPClient
import Foundation
import GongkaiCore
import NIOCore
import Testing
@testable import GongkaiServe
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live-reload stream, the messages of a failing build, change batching and a busy port.
@Suite struct DevServerTests {
    static let error = Diagnostic(file: "content/a.md", line: 3, column: 7, severity: .error, id: "date.invalid", message: "发布日期 \"2026-12-41\" 不是有效日期")
    static let warning = Diagnostic(file: "site.json", severity: .warning, id: "config.placeholder", message: "占位内容")

    static func report(failed: Bool) -> BuildReport {
        var report = BuildReport()
        report.diagnostics = failed ? [error, warning] : [warning]
        report.wroteOutput = !failed
        report.documentCount = 2
        report.pagesWritten = 9
        return report
    }

    /// The first `count` messages of a stream.
    static func first(_ count: Int, of stream: AsyncStream<String>) async -> [String] {
        var messages: [String] = []
        for await message in stream {
            messages.append(message)
            if messages.count == count { break }
        }
        return messages
    }

    @Test func aPageConnectingWhileTheBuildFailsIsToldTheErrors() async {
        let hub = LiveReloadHub()
        defer { hub.close() }
        let messages = await Self.first(3, of: hub.subscribe(generation: 4, failure: "content/a.md:3:7: 错误: 坏了\n第二行"))
        #expect(messages[1] == "event: hello\ndata: 4\n\n")
        #expect(messages[2] == "event: build-error\ndata: content/a.md:3:7: 错误: 坏了\ndata: 第二行\n\n")
    }

    @Test func aPageConnectingAfterAGoodBuildIsOnlyGreeted() async {
        let hub = LiveReloadHub()
        let stream = hub.subscribe(generation: 4, failure: nil)
        hub.close()
        let messages = await Self.first(10, of: stream)
        #expect(messages.count == 2)
        #expect(!messages.joined().contains("build-error"))
    }

    @Test func beforeAnyGoodBuildNothingSpeaksOfAnEarlierPage() {
        let line = ServeMessages.summary(of: Self.report(failed: true), seconds: 0.1, rebuild: false, hasGoodBuild: false)
        #expect(line.contains("还没有成功构建过"))
        #expect(!line.contains("上一次成功构建"))
        let page = LiveReloadInjector.inject(into: LiveReloadInjector.errorPage("x"), generation: 0, failure: "x")
        #expect(page.contains("网站还没有成功构建过"))
        #expect(!page.contains("上一次成功构建"))
    }

    @Test func afterAGoodBuildAFailureSaysTheLastGoodPageIsStillShown() {
        let line = ServeMessages.summary(of: Self.report(failed: true), seconds: 0.1, rebuild: true, hasGoodBuild: true)
        #expect(line.hasPrefix("构建失败：1 个错误"))
        #expect(line.contains("仍显示上一次成功构建的页面"))
        let page = LiveReloadInjector.inject(into: "<html><body></body></html>", generation: 3, failure: "x")
        #expect(page.contains("仍在显示上一次成功构建的页面"))
    }

    @Test func aFailedBuildPrintsItsErrorsButNotTheWarningsAgain() {
        #expect(ServeMessages.diagnostics(of: Self.report(failed: true)) == [Self.error])
        #expect(ServeMessages.summary(of: Self.report(failed: true), seconds: 0.1, rebuild: true, hasGoodBuild: true).contains("另有 1 条警告"))
        #expect(ServeMessages.diagnostics(of: Self.report(failed: false)) == [Self.warning])
    }

    @Test func aGoodRebuildPrintsOnlyTheWarningsThatAreNew() {
        let fresh = Diagnostic(file: "content/b.md", line: 2, column: 1, severity: .warning, id: "content.placeholder", message: "新的占位内容")
        var report = Self.report(failed: false)
        report.diagnostics = [Self.warning, fresh]
        #expect(ServeMessages.diagnostics(of: report, shownBefore: [Self.warning]) == [fresh])
        #expect(ServeMessages.diagnostics(of: report, shownBefore: [Self.warning, fresh]).isEmpty)
        #expect(ServeMessages.summary(of: report, seconds: 0.1, rebuild: true, hasGoodBuild: true).contains("2 条警告（只列出新出现的"))
        #expect(!ServeMessages.summary(of: report, seconds: 0.1, rebuild: false, hasGoodBuild: false).contains("只列出"))
    }

    @Test func aBurstOfChangesFromOneSaveGivesOneRebuild() async throws {
        let debouncer = ChangeDebouncer(quiet: .milliseconds(600))
        let counter = Counter()
        let running = Task { await debouncer.run { counter.add() } }
        // One save as editors do it: temporary file, rename, attributes, spread over 150 ms.
        await Self.steps(4) { debouncer.changed() }
        try await Self.wait { counter.value >= 1 }
        try await Task.sleep(for: .milliseconds(1200))
        #expect(counter.value == 1)
        // A later save is a rebuild of its own.
        debouncer.changed()
        try await Self.wait { counter.value >= 2 }
        #expect(counter.value == 2)
        debouncer.finish()
        await running.value
    }

    /// Runs `step` `count` times 50 ms apart on a thread of its own, so a busy test run
    /// (the tests share two cores) does not stretch the gaps.
    static func steps(_ count: Int, _ step: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                for index in 0..<count {
                    if index > 0 { usleep(50_000) }
                    step()
                }
                continuation.resume()
            }
        }
    }

    /// Waits up to 30 s for a condition.
    static func wait(_ condition: @Sendable () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition(), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
    }

    @Test func aBusyPortIsReportedAsSuchBeforeBuilding() async throws {
        let (descriptor, port) = try Self.listeningSocket()
        defer { close(descriptor) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-busy-\(UUID().uuidString)")
        let built = Counter()
        let server = DevServer(.init(build: BuildOptions(siteFolder: folder), port: port)) { event in
            if case .built = event { built.add() }
        }
        await #expect(throws: DevServer.Failure.portInUse(port)) { try await server.run() }
        #expect(built.value == 0)
        let message = DevServer.Failure.portInUse(port).message
        #expect(message.contains("已被占用") && message.contains("--port"))
    }

    @Test func theEventStreamOfAServerWhoseBuildFailsCarriesTheErrors() async throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\n标题: 坏日期\n索引号: \"12345678-9/2024-00009\"\n发布日期: \"2024-13-41\"\n---\n正文\n".utf8)
            .write(to: folder.appendingPathComponent("content/fdzdgknr/gzdt/bad.md"))
        var build = BuildOptions(siteFolder: folder)
        build.today = Day(year: 2024, month: 3, day: 19)
        let ready = AsyncStream<String>.makeStream()
        let server = DevServer(.init(build: build, port: 0)) { event in
            if case .ready(let url, _) = event { ready.continuation.yield(url) }
        }
        let running = Task { try await server.run() }
        defer { running.cancel() }
        var urls = ready.stream.makeAsyncIterator()
        let url = try #require(await urls.next())

        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url + "__gongkai/events"), timeout: .seconds(10))
        var text = ""
        for try await buffer in response.body {
            text += String(buffer: buffer)
            if text.contains("event: build-error") && text.hasSuffix("\n\n") { break }
        }
        #expect(text.contains("event: hello\ndata: 0"))
        #expect(text.contains("event: build-error\ndata: content/fdzdgknr/gzdt/bad.md:"))
    }

    @Test func aSaveInSeveralStepsRebuildsTheSiteOnce() async throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rebuilds = Counter()
        let ready = AsyncStream<String>.makeStream()
        var configuration = DevServer.Configuration(build: BuildOptions(siteFolder: folder), port: 0)
        configuration.debounce = .milliseconds(600)
        let server = DevServer(configuration) { event in
            if case .ready(let url, _) = event { ready.continuation.yield(url) }
            if case .built(_, _, true, _) = event { rebuilds.add() }
        }
        let running = Task { try await server.run() }
        defer { running.cancel() }
        var urls = ready.stream.makeAsyncIterator()
        _ = try #require(await urls.next())
        let document = folder.appendingPathComponent("content/fdzdgknr/gzdt/2024-00002.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        await Self.steps(4) { try? Data(text.utf8).write(to: document) }
        try await Self.wait { rebuilds.value >= 1 }
        try await Task.sleep(for: .milliseconds(1500))
        #expect(rebuilds.value == 1)
    }

    @Test func theWatcherNamesTheFilesThatChangedAndGivesUpOnFolders() async throws {
        let folder = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let watcher = try #require(InotifyWatcher(root: folder))
        let changes = Counter()
        watcher.start { changes.add() }
        defer { watcher.stop() }
        let document = folder.appendingPathComponent("content/fdzdgknr/gzdt/2024-00002.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        try Data((text + "\n补充一句。\n").utf8).write(to: document)
        try await Self.wait { changes.value >= 1 }
        try await Task.sleep(for: .milliseconds(300))
        #expect(watcher.takeChangedPaths() == ["content/fdzdgknr/gzdt/2024-00002.md"])
        #expect(watcher.takeChangedPaths() == [])
        // A new folder is not one file: the session walks the tree.
        let before = changes.value
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/fdzdgknr/gzdt/2026"), withIntermediateDirectories: true)
        try await Self.wait { changes.value > before }
        try await Task.sleep(for: .milliseconds(300))
        #expect(watcher.takeChangedPaths() == nil)
    }

    /// A new site made by `gongkai init` in a temporary folder.
    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(UUID().uuidString)")
        var options = SiteInitializer.Options(today: Day(year: 2024, month: 3, day: 19)!)
        options.agencyName = "测试镇人民政府"
        options.agencyCode = "12345678-9"
        try SiteInitializer(folder: folder).create(options)
        return folder
    }

    /// A socket listening on 127.0.0.1 at a free port.
    static func listeningSocket() throws -> (Int32, Int) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(descriptor, pointer, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        try #require(bound)
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}

/// A count shared with callbacks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
