import Foundation
import Testing
import GongkaiCore

@Suite("Version")
struct GongkaiVersionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `## [x.y.z] - YYYY-MM-DD` headings of CHANGELOG.md, in file order.
    static func changelogVersions() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("## [") , let close = line.firstIndex(of: "]") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 4)..<close])
        }
    }

    @Test("CHANGELOG.md's newest entry is the version gongkai reports")
    func changelogNamesTheVersion() throws {
        let versions = try Self.changelogVersions()
        #expect(versions.first == GongkaiVersion.number)
        #expect(Set(versions).count == versions.count, "each version has one entry: \(versions)")
    }

    @Test("the version number is MAJOR.MINOR.PATCH, as Debian and the tarball's name expect")
    func numberIsSemantic() {
        let parts = GongkaiVersion.number.split(separator: ".", omittingEmptySubsequences: false)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    }

    @Test("--version names the commit package.sh stamped, or says no commit was recorded")
    func versionLine() {
        #expect(GongkaiVersion.line(commit: "a04e40c1b2d3") == "gongkai \(GongkaiVersion.number)（提交 a04e40c1b2d3）")
        let unstamped = GongkaiVersion.line(commit: nil)
        #expect(unstamped.hasPrefix("gongkai \(GongkaiVersion.number)（从源码构建"))
        #expect(GongkaiVersion.line(commit: "") == unstamped)
    }
}
