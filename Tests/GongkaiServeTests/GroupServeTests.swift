import AsyncHTTPClient
import Foundation
import GongkaiCore
import NIOCore
import Testing
@testable import GongkaiServe

/// `gongkai serve` in a group folder (README “站群”): the portal at `/`, each member under
/// `/<id>/`, rebuilt when a member's file changes.
@Suite struct GroupServeTests {
    /// A group of two members made by `gongkai init`.
    static func group() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-group-\(UUID().uuidString)")
        for (path, agency, code) in [("members/xzf", "测试县人民政府", "11111111-1"), ("members/mzj", "测试县民政局", "22222222-2")] {
            var options = SiteInitializer.Options(today: Day(year: 2024, month: 3, day: 19)!)
            options.agencyName = agency
            options.agencyCode = code
            try SiteInitializer(folder: folder.appendingPathComponent(path)).create(options)
        }
        let json = """
        {"title": "测试县政府信息公开平台", "base_url": "https://www.example.gov.cn/xxgk/", "members": [
          {"id": "xzf", "title": "测试县人民政府", "kind": "政府", "path": "members/xzf"},
          {"id": "mzj", "title": "测试县民政局", "kind": "部门", "path": "members/mzj"}]}
        """
        try Data(json.utf8).write(to: folder.appendingPathComponent("group.json"))
        return folder
    }

    /// A page; the deadline is generous, since the whole suite shares two cores with the group builds.
    static func get(_ url: String) async throws -> (UInt, String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 4 << 20)
        return (response.status.code, String(buffer: body))
    }

    @Test func theWatchedFoldersAreTheGroupFolderAndEveryMember() throws {
        let folder = try Self.group()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(WatchedPaths.roots(of: folder).map(\.lastPathComponent) == [folder.lastPathComponent, "xzf", "mzj"])
        #expect(WatchedPaths.roots(of: folder.appendingPathComponent("members/xzf")).count == 1)
        #expect(WatchedPaths.files.contains("group.json"))
    }

    @Test func aGroupIsServedWithItsPortalAtTheRootAndRebuiltWhenAMemberChanges() async throws {
        let folder = try Self.group()
        defer { try? FileManager.default.removeItem(at: folder) }
        var build = BuildOptions(siteFolder: folder)
        build.today = Day(year: 2024, month: 3, day: 19)
        let ready = AsyncStream<String>.makeStream()
        let rebuilt = Counter()
        let failures = Counter()
        var configuration = DevServer.Configuration(build: build, port: 0)
        configuration.debounce = .milliseconds(100)
        let server = DevServer(configuration) { event in
            if case .ready(let url, _) = event { ready.continuation.yield(url) }
            if case .built(let report, _, let rebuild, _) = event {
                if !report.wroteOutput { failures.add() }
                if rebuild { rebuilt.add() }
            }
        }
        let running = Task { try await server.run() }
        defer { running.cancel() }
        var urls = ready.stream.makeAsyncIterator()
        let url = try #require(await urls.next())

        let (status, portal) = try await Self.get(url)
        #expect(status == 200)
        #expect(portal.contains("<title>测试县政府信息公开平台</title>"))
        #expect(portal.contains("href=\"/mzj/\""))
        let (memberStatus, member) = try await Self.get(url + "mzj/")
        #expect(memberStatus == 200)
        #expect(member.contains("测试县民政局"))
        #expect(failures.value == 0)

        let path = "members/mzj/content/fdzdgknr/gzdt/2024-00009.md"
        try Data("---\n标题: 县民政局开展走访慰问\n索引号: \"22222222-2/2024-00009\"\n发布日期: 2024-03-19\n---\n正文\n".utf8)
            .write(to: folder.appendingPathComponent(path))
        let deadline = ContinuousClock.now + .seconds(180)
        while rebuilt.value < 1, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        let (newStatus, page) = try await Self.get(url + "mzj/fdzdgknr/gzdt/2024-00009.html")
        #expect(newStatus == 200)
        #expect(page.contains("县民政局开展走访慰问"))
    }
}
