/// Builds the site's search index at build time (README “站内搜索”).
///
/// For every published document it indexes the title, 索引号, 文号, 发布机构, catalog
/// node, 主题分类, year, 有效性 and body text with `SearchTokenizer`, adds the filter
/// values as exact terms (`SearchFacet`), and hands the posting lists to
/// `SearchShardWriter`, which splits them into shards so that a query downloads only the
/// shards of its terms. Each document's page job, which has the rendered body text at
/// hand, collects its terms (`collect`) and writes what a result shows
/// (`SearchFragment`); the build adds the terms here in document order and writes the
/// shards at the end, so every body goes through cmark once.
///
/// Each bigram also has a phrase list (`search/p/`): its documents with the positions it
/// occurs at, so that a query of three or more characters matches only documents that
/// hold it as written (README “站内搜索”, bench/PERFORMANCE.md).
///
/// Documents are numbered in `site.documents` order (newest first), so "newer first"
/// is "smaller number first" in the browser without any dates in the index. Single pages
/// (指南, 制度 pages, 依申请公开) with an `_index.md` follow, numbered from
/// `site.documents.count` in catalog order (`Site.searchablePages`).
struct SearchIndexBuilder: Sendable {
    let site: Site

    /// Term numbers by packed CJK key and by text; posting lists by term number.
    private let cjkIndex = SearchKeyTable<Int32>(expected: 1 << 16)
    private var stringIndex: [SearchTermKey: Int] = [:]
    private var termText: [String] = []
    private let postings = SearchPostingLists()
    /// Bigram phrase lists, by number; `phraseList[term]` is a term's number there, -1 when
    /// it has none (characters and words).
    private let phrasePostings = SearchPostingLists()
    private var phraseList: [Int32] = []
    private var phraseTermText: [String] = []
    private var version = SearchHash.fnv1a64([])
    private var added = 0

    init(site: Site) {
        self.site = site
    }

    /// Adds document `document`'s terms (from `collect`). Documents must come in
    /// `site.documents` order: each page job collects its document's terms from the body
    /// text it has already rendered, and the build adds them batch by batch.
    mutating func add(_ doc: Collected, document: Int) {
        precondition(document == added, "search terms must be added in document order")
        added += 1
        for (k, packed) in doc.cjk.enumerated() {
            let key = packed >> 4
            let t = Int(cjkIndex.value(of: key) {
                termText.append(CJKTermKey.text(of: key))
                phraseList.append(-1)
                return Int32(postings.addList())
            })
            postings.append(t, document: document, fields: UInt8(packed & 15))
            let from = Int(doc.positionStarts[k]), to = Int(doc.positionStarts[k + 1])
            guard to > from else { continue }
            // A bigram: its phrase posting is the same varint, then the number of positions
            // and each as the difference from the one before (the first from 0).
            var list = Int(phraseList[t])
            if list < 0 {
                list = phrasePostings.addList()
                phraseList[t] = Int32(list)
                phraseTermText.append(termText[t])
            }
            doc.positions.withUnsafeBufferPointer {
                phrasePostings.append(list, document: document, fields: UInt8(packed & 15), positions: UnsafeBufferPointer(rebasing: $0[from..<to]))
            }
        }
        for (key, fields) in doc.other {
            let t: Int
            if let known = stringIndex[key] {
                t = known
            } else {
                t = postings.addList()
                stringIndex[key] = t
                termText.append(key.text)
                phraseList.append(-1)
            }
            postings.append(t, document: document, fields: fields)
        }
        version = SearchHash.fnv1a64(doc.shown, seed: version)
    }

    /// Writes the shards and `search/index.json` to `sink`, once every document is added,
    /// and returns the number of files. Each shard is handed over as soon as it is made and
    /// its posting lists are freed (`SearchShardWriter.write`), so the index is built once,
    /// not held a second time as files. A group member's index, which only the portal's merge
    /// reads (`SiteConfig.portalSearch`), has each shard's side table beside it
    /// (`SearchLastDocuments`); a site's own has none.
    func write(to sink: some OutputSink) throws(OutputWriter.Failure) -> Int {
        precondition(added == site.searchEntryCount, "every document and single page must be added before the index is written")
        let sideTables = site.config.portalSearch != nil
        let writer = SearchShardWriter(terms: termText, postings: postings)
        let wordDigest = try writer.write(to: sink, at: URLBuilder.searchShardPath, lastDocuments: sideTables).get()
        let phraseWriter = SearchShardWriter(terms: phraseTermText, postings: phrasePostings)
        let phraseDigest = try phraseWriter.write(to: sink, at: URLBuilder.searchPhraseShardPath, lastDocuments: sideTables).get()
        var version = SearchHash.fnv1a64(Array(wordDigest.utf8), seed: version)
        version = SearchHash.fnv1a64(Array(phraseDigest.utf8), seed: version)
        let manifest = Self.manifest(version: version, shards: writer.shardCount, phraseShards: phraseWriter.shardCount, documents: site.searchEntryCount, terms: writer.termCount)
        if let failure = sink.receive([OutputFile(path: URLBuilder.searchManifestPath, contents: .text(manifest))]) { throw .io(failure) }
        return (writer.shardCount + phraseWriter.shardCount) * (sideTables ? 2 : 1) + 1
    }

    /// `search/index.json`: what the browser needs before it can ask for a shard. The
    /// version changes whenever a shard or what a result shows changes; the browser adds
    /// it to every index URL so that no cached file of an older build is used.
    /// A group portal's index adds `members`, a JSON array (`SearchIndexMerger`).
    static func manifest(version: UInt64, shards: Int, phraseShards: Int, documents: Int, terms: Int, members: String? = nil) -> String {
        let hex = String(version, radix: 16).leftPadded(to: 16)
        let tail = members.map { ",\"members\":[\($0)]" } ?? ""
        return "{\"format\":2,\"version\":\"\(hex)\",\"shards\":\(shards),\"phraseShards\":\(phraseShards),\"documents\":\(documents),\"terms\":\(terms)\(tail)}\n"
    }

    /// One document's terms, compacted, and the bytes of what its result shows.
    struct Collected: Sendable {
        var cjk: [UInt64]
        /// The positions of `cjk[k]` are `positions[positionStarts[k]..<positionStarts[k + 1]]`
        /// (none for a character).
        var positionStarts: [Int32]
        var positions: [Int32]
        /// Other terms (words, identifiers, facet values), keyed by their bytes.
        var other: [(SearchTermKey, UInt8)]
        var shown: [UInt8]
    }

    /// Document `i`'s terms, given the text of its rendered body as valid UTF-8.
    static func collect(_ i: Int, text: [UInt8], site: Site) -> Collected {
        collect(site.documents[i], outputPath: site.outputPaths[i], status: site.status(of: i), text: text, site: site)
    }

    /// The terms of `d`, shown at `outputPath` with the status derived for it: a document,
    /// or the `_index.md` of a single page.
    static func collect(_ d: Document, outputPath: String, status: Document.Status, text: [UInt8], site: Site) -> Collected {
        // About one distinct character or bigram per four bytes of Chinese text.
        var terms = SearchDocumentTerms(expectedCJK: min(8192, text.count / 4))

        terms.add(d.title, .title)
        if let docNumber = d.docNumber, !docNumber.isEmpty {
            terms.add(docNumber, .identifier)
            if let exact = SearchTokenizer.identifierTerm(docNumber) { terms.addExact(exact, .identifier) }
        }
        if let indexNumber = d.indexNumber, !indexNumber.isEmpty {
            terms.add(indexNumber, .identifier)
            for exact in SearchTokenizer.indexNumberTerms(indexNumber) { terms.addExact(exact, .identifier) }
        }
        let ancestry = site.catalog.ancestry(of: d.node)
        let year = String(d.published.day.year)
        var metadata = [d.publisher, d.topic ?? "", d.genre ?? "", status.rawValue, year + "年", d.interpretationForm ?? ""]
        metadata += ancestry.map(\.title)
        metadata += d.keywords
        for value in metadata where !value.isEmpty { terms.add(value, .metadata) }
        if let summary = d.summary { terms.add(summary, .body) }
        text.withUnsafeBufferPointer { terms.add(utf8: $0, .body) }

        for node in ancestry { terms.addExact(SearchFacet.node.term(node.path), []) }
        terms.addExact(SearchFacet.year.term(year), [])
        if let topic = d.topic, let topicClass = topic.splitASCII("/", maxSplits: 1).first { terms.addExact(SearchFacet.topic.term(String(topicClass)), []) }
        if !d.publisher.isEmpty { terms.addExact(SearchFacet.publisher.term(d.publisher), []) }
        terms.addExact(SearchFacet.validity.term(status.rawValue), [])
        if let form = d.interpretationForm, !form.isEmpty { terms.addExact(SearchFacet.form.term(form), []) }

        let shown = [d.title, outputPath, d.published.day.description, d.docNumber ?? "", d.indexNumber ?? "",
                     d.publisher, site.catalog.nodes[d.node].title, status.rawValue].joined(separator: "\u{1F}")
        let cjk = terms.drainCJK()
        return Collected(cjk: cjk.packed, positionStarts: cjk.positionStarts, positions: cjk.positions,
                         other: terms.other.map { ($0.key, $0.value) }, shown: Array(shown.utf8))
    }
}
