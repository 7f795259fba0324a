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

    @Test("the sidebar's catalog trees are rendered once per site: every other worker holds the same bytes in buffers of its own")
    func catalogTreesCopiedPerWorker() throws {
        let (site, theme, report) = SiteBuilder.load(ExampleSite.options(output: ExampleSite.temporaryOutput("trees")))
        #expect(report.succeeded)
        let site_ = try #require(site), theme_ = try #require(theme)
        let workers = SiteRenderer.workers(3, site: site_, theme: theme_)
        let currents: [Int?] = [nil] + site_.catalog.nodes.indices.map { $0 }
        #expect(currents.count > 10)
        for current in currents {
            // What the worker would render itself, with its own theme and page context.
            let own = workers.map { w in w.theme.render("tree-root", ["tree": w.context.tree(current: current), "labels": w.context.labelsValue]) }
            let held = workers.map { Self.utf8($0.catalogTree(current: current)) }
            #expect(held == own, "tree with current node \(String(describing: current))")
            let addresses = held.map { $0.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
            #expect(Set(addresses).count == workers.count, "each worker's copy is a buffer of its own")
        }
        // Another site rendered with the same theme gets trees of its own catalog, not these.
        let small = try TestSite(files: ["content/gzdt/a.md": document(1)])
        defer { small.remove() }
        let smallSite = try #require(small.load().0)
        let others = SiteRenderer.workers(2, site: smallSite, theme: theme_)
        #expect(Self.utf8(others[1].catalogTree(current: nil)) == Self.utf8(others[0].catalogTree(current: nil)))
        #expect(Self.utf8(others[1].catalogTree(current: nil)) != Self.utf8(workers[1].catalogTree(current: nil)))
    }

    @Test("a catalog tree entry shows its own node's title, link and count, with only the current node and its branch marked")
    func treeEntries() throws {
        let (site, theme, report) = SiteBuilder.load(ExampleSite.options(output: ExampleSite.temporaryOutput("tree-entries")))
        #expect(report.succeeded)
        let s = try #require(site)
        let context = PageContext(site: s, labels: try #require(theme).labels)
        let leaf = try #require(s.catalog.nodes.indices.first { s.catalog.nodes[$0].children.isEmpty && s.catalog.ancestry(of: $0).count > 1 })
        var seen = 0
        func walk(_ value: TemplateValue) throws {
            guard case .list(let items) = value else { Issue.record("not a list"); return }
            for item in items {
                guard case .object(let members) = item else { Issue.record("not an object"); continue }
                let object = members.object
                guard case .text(let title)? = object["title"], case .text(let href)? = object["href"] else { Issue.record("no title or link"); continue }
                let i = try #require(s.catalog.nodes.indices.first { s.urls.href(URLBuilder.nodePath(s.catalog.nodes[$0].path)) == href })
                let node = s.catalog.nodes[i]
                #expect(title == node.title)
                if case .number(let count)? = object["count"] { #expect(node.holdsDocuments && count == s.count(inTreeOf: i)) } else { #expect(!node.holdsDocuments) }
                let onBranch = s.catalog.ancestry(of: leaf).contains { $0.path == node.path }
                if case .bool(let current)? = object["current"] { #expect(current == (i == leaf)) } else { Issue.record("no current") }
                if case .bool(let open)? = object["open"] { #expect(open == onBranch) } else { Issue.record("no open") }
                if case .bool(let has)? = object["hasChildren"] { #expect(has == !node.children.isEmpty) } else { Issue.record("no hasChildren") }
                seen += 1
                try walk(object["children"] ?? .list([]))
            }
        }
        try walk(context.tree(current: leaf))
        #expect(seen == s.catalog.nodes.count)
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

    private static func utf8(_ value: TemplateValue) -> [UInt8] {
        guard case .utf8(let bytes) = value else { Issue.record("a tree is rendered bytes"); return [] }
        return bytes
    }

    private static func bytes(_ contents: OutputFile.Contents) -> [UInt8] {
        switch contents {
        case .text(let text): Array(text.utf8)
        case .bytes(let bytes): bytes
        case .copy(let path): Array(path.utf8)
        }
    }
}
