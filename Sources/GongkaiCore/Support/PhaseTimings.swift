import Foundation

/// Where a group build's time goes (README “站群”, 性能测试): with `GONGKAI_TIMINGS=1` in the
/// environment, each phase's wall and CPU (user + system) seconds, summed over its runs, are
/// printed to standard error when the build ends. Never part of any output or report: the
/// clock is read only for these figures.
struct PhaseTimings {
    /// The environment variable that turns the figures on.
    static let variable = "GONGKAI_TIMINGS"

    let enabled: Bool
    private var order: [String] = []
    private var totals: [String: (wall: Double, cpu: Double, runs: Int)] = [:]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = !(environment[Self.variable] ?? "").isEmpty && environment[Self.variable] != "0"
    }

    /// Runs `body`, adding its time to phase `name` when the figures are on.
    mutating func time<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let (wall0, cpu0) = (Self.wallSeconds(), Self.cpuSeconds())
        defer {
            let (wall1, cpu1) = (Self.wallSeconds(), Self.cpuSeconds())
            if totals[name] == nil { order.append(name) }
            let old = totals[name] ?? (0, 0, 0)
            totals[name] = (old.wall + wall1 - wall0, old.cpu + cpu1 - cpu0, old.runs + 1)
        }
        return try body()
    }

    /// The figures as printed: one phase a line, in the order first run.
    func lines() -> [String] {
        order.map { name in
            let t = totals[name] ?? (0, 0, 0)
            return String(format: "gongkai timings: %-16@ wall %8.3f s  cpu %8.3f s  runs %d", name as NSString, t.wall, t.cpu, t.runs)
        }
    }

    /// Prints `lines()` to standard error when the figures are on.
    func printIfEnabled() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(lines().map { $0 + "\n" }.joined().utf8))
    }

    private static func wallSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The process's user + system CPU seconds so far (all threads); `PhaseTimer` reads it too.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
