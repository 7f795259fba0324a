import Foundation

/// Where one `SiteSession.update()` spends its time, phase by phase, for
/// `serve --rebuild-bench` (bench/serve-rebuild.sh): the process's CPU time (all threads)
/// and the wall time of each phase. Only the bench reads it; no output depends on it.
public struct PhaseTimer: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var cpuSeconds: Double
        public var wallSeconds: Double
    }

    public private(set) var phases: [Phase] = []
    private var cpuMark = PhaseTimings.cpuSeconds()
    private var wallMark = ContinuousClock.now

    public init() {}

    /// Closes the phase that started at the last mark, under `name`.
    public mutating func mark(_ name: String) {
        let cpu = PhaseTimings.cpuSeconds(), wall = ContinuousClock.now
        let elapsed = wall - wallMark
        phases.append(Phase(name: name, cpuSeconds: cpu - cpuMark,
                            wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        cpuMark = cpu
        wallMark = wall
    }
}
