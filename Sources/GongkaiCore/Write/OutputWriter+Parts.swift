import Foundation

extension OutputWriter {
    /// Puts every file under `source` (a member's built part, README “站群”) into the staging
    /// folder under `folder`, as hard links when both are on one file system (no bytes copied;
    /// safe, since no build ever writes into a file it did not just create), else as copies.
    /// Returns how many files were placed.
    func place(contentsOf source: URL, under folder: String) throws(Failure) -> Int {
        guard Self.staysInside(folder) else { throw .io("拒绝写入输出文件夹之外的路径：\(folder)") }
        let fm = FileManager.default
        let sourcePath = source.standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: sourcePath) else { throw .io("无法读取 \(sourcePath)") }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: sourcePath + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(path) }
        }
        let files = paths
        let target = staging.path + "/" + folder + "/"
        let failures = Parallel.map(files.count) { i -> String? in
            let fm = FileManager.default
            let from = sourcePath + "/" + files[i]
            let to = target + files[i]
            let parent = String(to[..<(to.lastIndex(of: "/") ?? to.startIndex)])
            do {
                try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                return "无法创建文件夹 \(parent)：\(error.localizedDescription)"
            }
            if link(from, to) == 0 { return nil }
            do {
                try fm.copyItem(atPath: from, toPath: to)
                return nil
            } catch {
                return "无法复制 \(from) 到 \(to)：\(error.localizedDescription)"
            }
        }.compactMap { $0 }
        if let first = failures.first { throw .io(first) }
        return paths.count
    }
}
