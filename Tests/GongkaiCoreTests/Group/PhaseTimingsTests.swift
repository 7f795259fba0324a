import Foundation
import Testing
@testable import GongkaiCore

@Suite("GONGKAI_TIMINGS: where a group build's time goes")
struct PhaseTimingsTests {
    @Test("off unless GONGKAI_TIMINGS is set (and not 0): nothing is recorded", arguments: [[:], ["GONGKAI_TIMINGS": "0"], ["GONGKAI_TIMINGS": ""]])
    func off(environment: [String: String]) {
        var timings = PhaseTimings(environment: environment)
        #expect(timings.time("digest") { 41 + 1 } == 42)
        #expect(!timings.enabled && timings.lines().isEmpty)
    }

    @Test("on: one line a phase, in the order first run, with the runs summed")
    func on() {
        var timings = PhaseTimings(environment: ["GONGKAI_TIMINGS": "1"])
        for _ in 0..<3 { _ = timings.time("member-build") { (0..<1000).reduce(0, +) } }
        _ = timings.time("commit") { 0 }
        let lines = timings.lines()
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("gongkai timings: member-build") && lines[0].hasSuffix("runs 3"))
        #expect(lines[1].hasPrefix("gongkai timings: commit") && lines[1].hasSuffix("runs 1"))
    }
}
