import Foundation
@testable import GongkaiCore

/// The example site at the repository root, built once per test process into a temp folder.
enum ExampleSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func options(output: URL, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(siteFolder: root)
        options.outputFolder = output
        options.baseURL = baseURL
        options.today = Day(year: 2025, month: 11, day: 1)
        return options
    }

    static func temporaryOutput(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-example-\(name)-\(UUID().uuidString)").appendingPathComponent("public")
    }
}

/// Every `href` and `src` attribute value in an HTML page.
func internalLinks(in html: String) -> [String] {
    var links: [String] = []
    for attribute in ["href=\"", "src=\""] {
        var rest = html[...]
        while let start = rest.range(of: attribute) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            links.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
    }
    return links
}
