import ArgumentParser
import Foundation
import GongkaiCore

/// The `gongkai` command: parse, call the core, print diagnostics, exit 0/1/2.
@main
struct Gongkai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "政府信息公开专栏静态网站生成器 — a static site generator for government information disclosure columns.",
        version: GongkaiVersion.line(commit: BuildStamp.commit),
        subcommands: [BuildCommand.self, CheckCommand.self, ImportCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self, StatsCommand.self]
    )

    /// Exit status 2 for every usage error (README “命令”), whatever ArgumentParser would use.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Gongkai.exit(withError: error)
            }
            let message = fullMessage(for: error)
            FileHandle.standardError.write(Data((message.isEmpty ? "用法错误" : message).utf8 + [0x0A]))
            Foundation.exit(2)
        }
    }
}
