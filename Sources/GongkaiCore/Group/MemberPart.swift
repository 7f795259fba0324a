import Foundation

/// The summary of one member's part of a group's output (README “站群”), written as
/// `part.json` beside the part's files (`files/`, what goes under `<id>/` in the output).
/// It carries everything the assemble step needs of the member: the portal's data, the facts
/// the checks across members read, and the member's own diagnostics, so the portal is
/// assembled from the parts on disk alone, wherever each part was built.
struct MemberPart: Sendable, Codable, Equatable {
    static let summaryFile = "part.json"
    static let filesFolder = "files"
    /// Raised whenever the summary's shape changes, so a part written by another release is stale
    /// (5: the part holds its shards' side tables of last documents, `MemberLastDocuments`;
    /// 6: part.json is compact JSON written by hand, `CompactJSONWriter`).
    static let currentFormat = 6

    var format = MemberPart.currentFormat
    var version = GongkaiVersion.number
    /// group.json, the release and the build options the part was built for (`stamp(…)`);
    /// a part with another stamp is stale.
    var stamp: String
    /// The member's inputs (`MemberInputs`); the group build reuses a part whose inputs did not
    /// change and whose `links` are still what the other members give it.
    var inputs: String
    /// What the member took from the other members (`GroupInterpretationIndex.links(for:)`) when built.
    var links = CrossMemberLinks()
    /// What the member offers the others' `interprets` (nil when it could not be loaded).
    var entries: MemberIndexEntries?
    var id: String
    /// The member's position in group.json.
    var index: Int
    /// The day the part was built for (`--today`); every part of one output has the same.
    var today: Day
    /// The member had errors (or, under `--strict`, warnings): the part has no files.
    var failed: Bool
    /// The member's diagnostics, named from the group folder.
    var diagnostics: [Diagnostic]
    var documentCount: Int
    var pagesWritten: Int
    var filesWritten: Int
    /// Nil when the member could not be loaded.
    var portal: PortalMember?
    var facts: GroupMemberFacts?

    /// Its keys, for `Codable` and the hand-written summary (`MemberPart+CompactJSON`).
    enum CodingKeys: String, CodingKey {
        case diagnostics, documentCount, entries, facts, failed, filesWritten, format, id, index, inputs, links, pagesWritten, portal, stamp, today, version
    }

    /// Whether this part was built for member number `index` of this group (`stamp`) by this
    /// release, whatever its inputs.
    func fits(stamp: String, index: Int) -> Bool {
        format == Self.currentFormat && version == GongkaiVersion.number && self.stamp == stamp && self.index == index
    }

    /// The summary as deterministic JSON: compact, keys sorted, written by hand
    /// (`MemberPart+CompactJSON`), and a final line feed.
    func encoded() -> [UInt8] {
        // About 500 bytes a document (a 2,000-document member's is some 1 MB).
        var json = CompactJSONWriter(capacity: 4096 + min(max(documentCount, 0), 1 << 20) * 512)
        write(to: &json)
        return json.bytes + [UInt8(ascii: "\n")]
    }

    enum ReadFailure: Error {
        case missing
        case unreadable
    }

    /// The part in `folder` (`<parts>/<id>`).
    static func read(from folder: URL) -> Result<MemberPart, ReadFailure> {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(summaryFile).path) else { return .failure(.missing) }
        guard let part = try? CompactJSONReader.decode(MemberPart.self, from: [UInt8](data)) else { return .failure(.unreadable) }
        return .success(part)
    }

    /// The part in `folder` when it was built for member number `index` of this group
    /// (`fits`); nil when there is none or it does not fit.
    static func fitting(_ folder: URL, stamp: String, index: Int) -> MemberPart? {
        guard case .success(let part) = read(from: folder), part.fits(stamp: stamp, index: index) else { return nil }
        return part
    }

    /// What makes parts of one group build fit together: group.json's bytes, the release (and
    /// its built-in theme), and the options that change every member's output.
    static func stamp(groupJSON: [UInt8], options: BuildOptions) -> String {
        var digest = ContentDigest()
        digest.add("gongkai \(GongkaiVersion.number) part \(currentFormat)")
        for key in DefaultThemeFiles.base64.keys.sorted() {
            digest.add(key)
            digest.add(DefaultThemeFiles.base64[key] ?? "")
        }
        digest.add(groupJSON)
        digest.add("base_url=\(options.baseURL ?? "")")
        digest.add("drafts=\(options.includeDrafts) future=\(options.includeFuture) strict=\(options.strict)")
        return digest.hex
    }
}
