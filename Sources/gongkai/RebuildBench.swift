import Foundation
import GongkaiCore

/// `gongkai serve --rebuild-bench N` (hidden; bench/serve-rebuild.sh): builds the site once
/// through a `SiteSession`, then edits N documents one after another (a sentence appended to
/// the body, spread over the site in path order), times each incremental rebuild, and puts
/// every file back as it was. Each rebuild is told which file changed, as `serve` is by an
/// inotify watcher. Each line also gives every phase's CPU and wall seconds. Prints one line per build, for the script to read.
enum RebuildBench {
    static func run(_ options: BuildOptions, edits: Int) throws {
        var options = options
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-rebuild-bench-\(UUID().uuidString)")
        options.outputFolder = output
        defer { try? FileManager.default.removeItem(at: output) }
        let session = SiteSession(options)
        let clock = ContinuousClock()
        var started = clock.now
        let first = session.update()
        guard first.report.wroteOutput else {
            Console.printDiagnostics(first.report.diagnostics)
            throw ExitCodeError.buildFailed
        }
        print("full \(seconds(clock.now - started)) jobs \(first.jobsRendered) files \(first.filesWritten) shards \(first.searchShardsWritten)")

        let documents = markdownDocuments(in: options.siteFolder)
        guard !documents.isEmpty else { return }
        var originals: [(URL, Data)] = []
        defer { for (url, data) in originals { try? data.write(to: url) } }
        for k in 0..<edits {
            let path = documents[k * documents.count / max(1, edits) % documents.count]
            let url = options.siteFolder.appendingPathComponent(path)
            let data = try Data(contentsOf: url)
            originals.append((url, data))
            try (data + Data("\n\n性能测试第\(k + 1)次修改：加强基层治理。\n".utf8)).write(to: url)
            started = clock.now
            // As `serve` does when inotify names the saved file.
            let update = session.update(changedPaths: [path])
            let time = seconds(clock.now - started)
            guard update.report.wroteOutput else { throw ExitCodeError.buildFailed }
            let phases = update.phases.phases.map { "\($0.name)=" + String(format: "%.3f/%.3f", $0.cpuSeconds, $0.wallSeconds) }.joined(separator: " ")
            print("rebuild \(time) jobs \(update.jobsRendered) documents \(update.documentPagesRendered) files \(update.filesWritten) shards \(update.searchShardsWritten) everything \(update.renderedEverything) \(path) phases(cpu/wall) \(phases)")
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.4f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// Documents (not `_index.md`) under `content/`, by path.
    private static func markdownDocuments(in site: URL) -> [String] {
        let content = site.appendingPathComponent("content")
        guard let walker = FileManager.default.enumerator(atPath: content.path) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".md") && !relative.hasSuffix("_index.md") { result.append("content/" + relative) }
        }
        return result.sorted()
    }

    enum ExitCodeError: Error { case buildFailed }
}
