/// The search index `SiteSession` keeps between rebuilds, patched per document rather than
/// built again: after an edit that keeps every document's number, ``replace(_:old:new:)``
/// takes the edited document's old postings out of the lists of the terms whose postings
/// changed and puts the new ones in, and ``files(shown:written:)`` serialises only the
/// shards (word and phrase) those terms fall in, with `search/index.json`. The files are the
/// same, byte for byte, as `SearchIndexBuilder` writes for the same documents.
///
/// Single pages with an `_index.md` (numbered after the documents) are kept here with
/// their terms, since their jobs hand over terms only when rendered.
final class KeptSearchIndex: @unchecked Sendable {
    typealias Collected = SearchIndexBuilder.Collected
    private let word = KeptSearchLayer(phrase: false, path: URLBuilder.searchShardPath)
    private let phrase = KeptSearchLayer(phrase: true, path: URLBuilder.searchPhraseShardPath)
    private var wordIDs: [UInt64: Int] = [:]
    private var phraseIDs: [UInt64: Int] = [:]
    /// The terms of the single pages, by entry number.
    private(set) var pages: [Int: Collected]
    let entryCount: Int

    /// The index of every entry's terms, in entry order (documents, then single pages).
    init(entries: [Collected], documentCount: Int) {
        entryCount = entries.count
        pages = [:]
        for (i, entry) in entries.enumerated() {
            add(entry, document: i)
            if i >= documentCount { pages[i] = entry }
        }
        word.finishBuilding()
        phrase.finishBuilding()
    }

    /// Entry `document`'s terms are now `new` rather than `old`; only the terms whose
    /// fields or positions differ are touched.
    func replace(_ document: Int, old: Collected, new: Collected) {
        var oldCJK: [UInt64: Int] = [:]
        oldCJK.reserveCapacity(old.cjk.count)
        for (k, packed) in old.cjk.enumerated() { oldCJK[packed >> 4] = k }
        for (k, packed) in new.cjk.enumerated() {
            let key = packed >> 4, fields = UInt8(packed & 15)
            let positions = Self.positions(new, k)
            if let o = oldCJK.removeValue(forKey: key) {
                let oldFields = UInt8(old.cjk[o] & 15), oldPositions = Self.positions(old, o)
                if oldFields != fields { word.set(wordID(key), document: document, to: .init(fields: fields, positions: [])) }
                if oldFields != fields || oldPositions != positions {
                    phrase.set(phraseID(key), document: document, to: positions.isEmpty ? nil : .init(fields: fields, positions: positions))
                }
            } else {
                word.set(wordID(key), document: document, to: .init(fields: fields, positions: []))
                if !positions.isEmpty { phrase.set(phraseID(key), document: document, to: .init(fields: fields, positions: positions)) }
            }
        }
        for (key, o) in oldCJK {
            word.set(wordID(key), document: document, to: nil)
            if !Self.positions(old, o).isEmpty { phrase.set(phraseID(key), document: document, to: nil) }
        }
        var oldOther = Dictionary(old.other, uniquingKeysWith: { a, _ in a })
        for (term, fields) in new.other {
            if oldOther.removeValue(forKey: term) == fields { continue }
            word.set(word.id(of: term), document: document, to: .init(fields: fields, positions: []))
        }
        for term in oldOther.keys { word.set(word.id(of: term), document: document, to: nil) }
        if pages[document] != nil { pages[document] = new }
    }

    /// The shards changed since the last call (every shard the first time) and
    /// `search/index.json`; `shown` is what each entry's result shows, in entry order.
    /// `written` counts the shards serialised.
    func files(shown: [[UInt8]], written: inout Int) -> [OutputFile] {
        precondition(shown.count == entryCount, "every entry's result is shown")
        var files = word.files(written: &written)
        files += phrase.files(written: &written)
        var version = SearchHash.fnv1a64([])
        for bytes in shown { version = SearchHash.fnv1a64(bytes, seed: version) }
        version = SearchHash.fnv1a64(Array(word.digest.utf8), seed: version)
        version = SearchHash.fnv1a64(Array(phrase.digest.utf8), seed: version)
        let manifest = SearchIndexBuilder.manifest(version: version, shards: word.shardCount, phraseShards: phrase.shardCount,
                                                   documents: entryCount, terms: word.termCount)
        files.append(OutputFile(path: URLBuilder.searchManifestPath, contents: .text(manifest)))
        return files
    }

    /// Every file of the index, written or kept.
    var paths: [String] { word.paths + phrase.paths + [URLBuilder.searchManifestPath] }

    private func add(_ doc: Collected, document: Int) {
        for (k, packed) in doc.cjk.enumerated() {
            let key = packed >> 4, fields = UInt8(packed & 15)
            word.append(wordID(key), document: document, .init(fields: fields, positions: []))
            let positions = Self.positions(doc, k)
            if !positions.isEmpty { phrase.append(phraseID(key), document: document, .init(fields: fields, positions: positions)) }
        }
        for (term, fields) in doc.other { word.append(word.id(of: term), document: document, .init(fields: fields, positions: [])) }
    }

    private static func positions(_ doc: Collected, _ k: Int) -> ArraySlice<Int32> {
        doc.positions[Int(doc.positionStarts[k])..<Int(doc.positionStarts[k + 1])]
    }

    private func wordID(_ key: UInt64) -> Int {
        if let t = wordIDs[key] { return t }
        let t = word.id(of: CJKTermKey.text(of: key))
        wordIDs[key] = t
        return t
    }

    private func phraseID(_ key: UInt64) -> Int {
        if let t = phraseIDs[key] { return t }
        let t = phrase.id(of: CJKTermKey.text(of: key))
        phraseIDs[key] = t
        return t
    }
}
