import Foundation

/// Hands a member's files to a writer under a folder (`files/…` of the member's part); files
/// copied from the member's site folder are read here, whatever folder the writer copies from.
/// The member's search shards and manifest go to the part's `MemberSearchPack` instead, and
/// the shards' side tables to its `MemberLastDocuments`.
struct MemberOutputSink: OutputSink {
    let writer: OutputWriter
    /// The folder inside the writer's output the files go to.
    let prefix: String
    let memberFolder: URL
    /// Nil when the member has no search.
    let searchPack: MemberSearchPack?
    /// Nil when the member has no search.
    var lastDocuments: MemberLastDocuments? = nil

    func receive(_ files: [OutputFile]) -> String? {
        var moved: [OutputFile] = []
        moved.reserveCapacity(files.count)
        for file in files {
            guard OutputWriter.staysInside(file.path) else { return "拒绝写入输出文件夹之外的路径：\(file.path)" }
            var contents = file.contents
            if let lastDocuments, MemberLastDocuments.holds(file.path) {
                guard case .bytes(let bytes) = contents else { return "写入 \(file.path) 失败：搜索索引的附表不是字节" }
                lastDocuments.add(bytes, as: file.path)
                continue
            }
            if let searchPack, MemberSearchPack.holds(file.path) {
                let failure: String?
                switch contents {
                case .bytes(let bytes): failure = bytes.withUnsafeBufferPointer { searchPack.append($0, as: file.path) }
                case .text(var text): failure = text.withUTF8 { searchPack.append($0, as: file.path) }
                case .copy: failure = "写入 \(file.path) 失败：搜索索引不能是复制的文件"
                }
                if let failure { return failure }
                continue
            }
            if case .copy(let source) = contents {
                guard let data = FileManager.default.contents(atPath: memberFolder.appendingPathComponent(source).path) else {
                    return "写入 \(prefix)/\(file.path) 失败：无法读取 \(source)"
                }
                contents = .bytes(Array(data))
            }
            moved.append(OutputFile(path: prefix + "/" + file.path, contents: contents))
        }
        return writer.receive(moved)
    }
}
