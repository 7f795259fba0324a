import Foundation

/// What an import compares each new document with: the 索引号 the site's documents and
/// ledger hold, and each document's title and 成文日期; documents imported earlier in the
/// same run are added as they are written.
struct ImportedSiteIndex {
    private var numbers: [String: String] = [:]
    private var titles: [String: String] = [:]
    /// The agency first, then the other publishers the site's documents name.
    let publishers: [String]

    init(siteFolder: URL, config: SiteConfig) {
        let documents = ContentLoader(siteFolder: siteFolder, config: config).load().documents
        for document in documents {
            if let number = document.indexNumber { numbers[number] = numbers[number] ?? document.sourcePath }
            titles[Self.key(document.title, document.written.day)] = titles[Self.key(document.title, document.written.day)] ?? document.sourcePath
        }
        let allocator = IndexNumberAllocator(siteFolder: siteFolder, pattern: config.indexNumberPattern, code: config.agency.code)
        for number in allocator.ledgerNumbers() where numbers[number] == nil {
            numbers[number] = IndexNumberAllocator.ledgerPath
        }
        let others = Set(documents.map(\.publisher)).subtracting([config.agency.name]).sorted()
        publishers = [config.agency.name] + others
    }

    private static func key(_ title: String, _ day: Day) -> String {
        ImportText.squeezed(title).replacingOccurrences(of: " ", with: "") + "|" + day.description
    }

    /// The document `document` repeats, and why: the same 索引号, or the same title and date.
    func duplicate(of document: ImportedDocument, published: Day) -> (path: String, reason: String)? {
        if let number = document.indexNumber, let path = numbers[number] {
            return (path, "索引号 \(number) 相同")
        }
        if let title = document.title, let path = titles[Self.key(title, document.written ?? published)] {
            return (path, "标题和成文日期相同")
        }
        return nil
    }

    mutating func add(_ document: ImportedDocument, published: Day, path: String) {
        if let number = document.indexNumber { numbers[number] = path }
        if let title = document.title { titles[Self.key(title, document.written ?? published)] = path }
    }
}
