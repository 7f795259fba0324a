import Foundation
import Testing
@testable import GongkaiCore

@Suite("rendering on several threads")
struct ParallelRenderingTests {
    @Test("a map with a context per worker gives every result in index order, each from one worker's context")
    func mapWithContexts() {
        final class Worker: @unchecked Sendable {
            let id: Int
            init(_ id: Int) { self.id = id }
        }
        let workers = (0..<4).map(Worker.init)
        let results = Parallel.map(10_000, contexts: workers) { worker, i in (i * 3, worker.id) }
        #expect(results.map(\.0) == (0..<10_000).map { $0 * 3 })
        #expect(results.allSatisfy { (0..<4).contains($0.1) })
        #expect(Parallel.map(0, contexts: workers) { _, i in i }.isEmpty)
        #expect(Parallel.map(3, contexts: [Worker(7)]) { worker, i in worker.id + i } == [7, 8, 9])
    }

    @Test("every worker's renderer renders every page of the example site byte for byte as the first worker's")
    func workersRenderTheSamePages() throws {
        let (site, theme, report) = SiteBuilder.load(ExampleSite.options(output: ExampleSite.temporaryOutput("copy")))
        #expect(report.succeeded)
        let workers = SiteRenderer.workers(3, site: try #require(site), theme: try #require(theme))
        #expect(workers.count == 3)
        let original = workers[0], copy = workers[2]
        let jobs = original.jobs()
        #expect(jobs.map { String(describing: $0) } == copy.jobs().map { String(describing: $0) })
        #expect(jobs.count > 50)
        for job in jobs {
            let a = original.render(job).files, b = copy.render(job).files
            #expect(a.map(\.path) == b.map(\.path))
            for (x, y) in zip(a, b) {
                #expect(Self.bytes(x.contents) == Self.bytes(y.contents), "\(x.path)")
            }
        }
    }

    @Test("freeing each document's body once its page is rendered gives the same files, and frees every body")
    func freeingBodiesKeepsThePages() throws {
        var outputs: [[String: [UInt8]]] = []
        var sites: [Site] = []
        for releasing in [false, true] {
            let (site, theme, loaded) = SiteBuilder.load(ExampleSite.options(output: ExampleSite.temporaryOutput("bodies")))
            #expect(loaded.succeeded)
            let sink = CollectingSink()
            var report = BuildReport()
            try SiteBuilder.renderPages(try #require(site), try #require(theme), into: sink, progress: { _ in }, report: &report, releasingBodies: releasing)
            outputs.append(Dictionary(sink.files.map { ($0.path, Self.bytes($0.contents)) }, uniquingKeysWith: { a, _ in a }))
            sites.append(try #require(site))
        }
        #expect(outputs[0].count > 200)
        #expect(outputs[0] == outputs[1])
        #expect(sites[0].documents.contains { !$0.body.isEmpty })
        #expect(sites[1].documents.allSatisfy { $0.body.isEmpty })
    }

    private static func bytes(_ contents: OutputFile.Contents) -> [UInt8] {
        switch contents {
        case .text(let text): Array(text.utf8)
        case .bytes(let bytes): bytes
        case .copy(let path): Array(path.utf8)
        }
    }
}
