import Foundation
import GongkaiCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on standard error, for builds of more than a second.
///
/// It shows nothing when standard error is not a terminal or when disabled (`--quiet`),
/// and nothing for a build that ends within the first second; after that it redraws the
/// current stage a few times a second and clears its line when the build ends.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = "读取配置"
    private var shown = false
    private var timer: DispatchSourceTimer?
    private let started = Date()

    /// Starts the display when `enabled` and standard error is a terminal.
    init(enabled: Bool) {
        guard enabled, isatty(STDERR_FILENO) == 1 else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// With `GONGKAI_STAGE_TIMES=1`, each stage's start time goes to standard error as a
    /// line of its own (for profiling, see bench/README.md).
    private let stageTimes = ProcessInfo.processInfo.environment["GONGKAI_STAGE_TIMES"] == "1"

    /// Resident and peak resident memory, from /proc/self/status (Linux).
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        let fields = status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
        return fields.map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }.joined(separator: " / 峰值 ")
    }

    /// The build's progress callback.
    func update(_ progress: BuildProgress) {
        lock.lock()
        stage = progress.description
        // Rendering reports every batch; only its start is a new stage.
        var startsStage = true
        if case .rendering(let done, _) = progress { startsStage = done == 0 }
        if stageTimes && startsStage {
            FileHandle.standardError.write(Data(String(format: "%7.3f s  %@  %@\n", Date().timeIntervalSince(started), Self.memory(), stage).utf8))
        }
        lock.unlock()
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil else { return }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data("\r\u{1B}[K构建中（\(seconds) 秒）：\(stage)".utf8))
        shown = true
    }

    /// Stops the display and clears its line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
