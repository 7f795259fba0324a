import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "本地预览：构建网站并在 127.0.0.1 上提供访问，文件一改就重新构建并自动刷新页面",
        discussion: "网站构建到一个临时文件夹，不会改动 public/。在站群文件夹（有 group.json）中运行时预览整个站群：门户在 /，各成员在 /<成员 id>/。按 Ctrl-C 停止。"
    )

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var strictOption: StrictOption

    @Option(name: .long, help: "端口（默认 1313）")
    var port: Int = 1313

    @Flag(name: .long, help: "包含草稿")
    var drafts = false

    @Flag(name: .long, help: "包含发布日期在今天之后的文档")
    var future = false

    /// bench/serve-rebuild.sh: time N one-document rebuilds instead of serving.
    @Option(name: .customLong("rebuild-bench"), help: .hidden)
    var rebuildBench: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) 不是有效端口（0–65535）") }
    }

    func run() throws {
        var options = try siteOptions.buildOptions(strict: strictOption.strict)
        let isGroup = GroupBuilder.isGroup(options.siteFolder)
        options.includeDrafts = drafts
        options.includeFuture = future
        if let rebuildBench {
            do { try RebuildBench.run(options, edits: rebuildBench) } catch { throw ExitCode(1) }
            return
        }
        var configuration = DevServer.Configuration(build: options, port: port)
        configuration.port = port
        let shown = ShownDiagnostics()
        let server = DevServer(configuration) { event in
            switch event {
            case .ready(let url, let watcher):
                let watched = isGroup ? "group.json 和每个成员的 content/、themes/、static/、data/、site.json" : "content/、themes/、static/、data/ 和 site.json"
                say("预览地址：\(url)  （监视 \(watched)，方式：\(watcher)；按 Ctrl-C 停止）")
            case .built(let report, let seconds, let rebuild, let hasGoodBuild):
                Console.printDiagnostics(ServeMessages.diagnostics(of: report, shownBefore: shown.diagnostics))
                if report.wroteOutput { shown.diagnostics = Set(report.diagnostics) }
                say(ServeMessages.summary(of: report, seconds: seconds, rebuild: rebuild, hasGoodBuild: hasGoodBuild))
            case .stopped:
                say("已停止预览")
            }
        }
        // The command line is synchronous; the server runs on Swift's task pool meanwhile.
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let task = Task {
            do { try await server.run() } catch is CancellationError {} catch { failure.error = error }
            finished.signal()
        }
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        finished.wait()
        signals.forEach { $0.cancel() }
        if let error = failure.error {
            if let failure = error as? DevServer.Failure {
                FileHandle.standardError.write(Data("错误: \(failure.message)\n".utf8))
                throw ExitCode(2)
            }
            FileHandle.standardError.write(Data("错误: 预览服务器意外停止（\(error.localizedDescription)）\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// The server task's error, handed back to the waiting command.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}

/// The last good build's diagnostics (builds run one at a time).
private final class ShownDiagnostics: @unchecked Sendable {
    var diagnostics: Set<Diagnostic> = []
}

/// A line to standard output at once (not held in a buffer while the server runs).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
