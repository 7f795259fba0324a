import Foundation
import Testing
@testable import GongkaiCore

/// A site made by `SiteInitializer` in a temporary folder, for the editing commands' tests.
struct EditingSite {
    let folder: URL

    init(agency: String? = "测试镇人民政府", code: String? = "12345678-9", today: Day = Day(year: 2024, month: 3, day: 19)!) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-editing-\(UUID().uuidString)")
        var options = SiteInitializer.Options(today: today)
        options.agencyName = agency
        options.agencyCode = code
        try SiteInitializer(folder: folder).create(options)
    }

    @discardableResult
    func new(_ node: String, _ title: String, date: String = "2024-03-20", interprets: [String] = [], docNumber: String? = nil,
             fileName: String? = nil) throws -> DocumentCreator.Created {
        var request = DocumentCreator.Request(node: node, title: title, date: Day(iso: date)!)
        request.fileName = fileName
        request.interprets = interprets
        request.docNumber = docNumber
        return try DocumentCreator(siteFolder: folder).create(request)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces text in site.json, as an editor filling in placeholders does.
    func editSiteJSON(replacing old: String, with new: String) throws {
        let json = try #require(read("site.json"))
        try write("site.json", json.replacingOccurrences(of: old, with: new))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
    }

    func options(today: String = "2024-12-31") -> BuildOptions {
        var options = BuildOptions(siteFolder: folder)
        options.today = Day(iso: today)
        options.outputFolder = folder.appendingPathComponent("public")
        return options
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}
