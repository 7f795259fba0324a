import Foundation

/// Hands a member's files to the group's writer under the member's folder (`<id>/…`); files
/// copied from the member's site folder are read here, since the writer copies from the group's.
struct MemberOutputSink: OutputSink {
    let writer: OutputWriter
    let id: String
    let memberFolder: URL

    func receive(_ files: [OutputFile]) -> String? {
        var moved: [OutputFile] = []
        moved.reserveCapacity(files.count)
        for file in files {
            guard OutputWriter.staysInside(file.path) else { return "拒绝写入输出文件夹之外的路径：\(file.path)" }
            var contents = file.contents
            if case .copy(let source) = contents {
                guard let data = FileManager.default.contents(atPath: memberFolder.appendingPathComponent(source).path) else {
                    return "写入 \(id)/\(file.path) 失败：无法读取 \(source)"
                }
                contents = .bytes(Array(data))
            }
            moved.append(OutputFile(path: id + "/" + file.path, contents: contents))
        }
        return writer.receive(moved)
    }
}
