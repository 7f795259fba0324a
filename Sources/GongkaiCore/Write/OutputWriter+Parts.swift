import Foundation

extension OutputWriter {
    /// Puts every file under `source` (a member's built part, README “站群”) into the staging
    /// folder under `folder`, as hard links when both are on one file system (no bytes copied;
    /// safe, since no build ever writes into a file it did not just create), else as copies.
    /// Returns how many files were placed.
    ///
    /// The tree is listed once (`readdir`), each folder made once, parents first, and the files
    /// linked on all cores: a member has tens of thousands of files.
    func place(contentsOf source: URL, under folder: String) throws(Failure) -> Int {
        guard Self.staysInside(folder) else { throw .io("拒绝写入输出文件夹之外的路径：\(folder)") }
        let sourcePath = source.standardizedFileURL.path
        let target = staging.path + "/" + folder
        var folders: [String] = [""]
        var files: [String] = []
        var next = 0
        while next < folders.count {
            let relative = folders[next]
            next += 1
            let path = relative.isEmpty ? sourcePath : sourcePath + "/" + relative
            guard let listing = Self.list(path) else { throw .io("无法读取 \(path)") }
            for (name, isFolder) in listing {
                let child = relative.isEmpty ? name : relative + "/" + name
                if isFolder { folders.append(child) } else { files.append(child) }
            }
        }
        for relative in folders {
            let path = relative.isEmpty ? target : target + "/" + relative
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                if relative.isEmpty, (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil { continue }
                throw .io("无法创建文件夹 \(path)：\(String(cString: strerror(errno)))")
            }
        }
        let list = files
        let failures = Parallel.map(list.count) { i -> String? in
            let from = sourcePath + "/" + list[i]
            let to = target + "/" + list[i]
            if link(from, to) == 0 { return nil }
            do {
                try FileManager.default.copyItem(atPath: from, toPath: to)
                return nil
            } catch {
                return "无法复制 \(from) 到 \(to)：\(error.localizedDescription)"
            }
        }.compactMap { $0 }
        if let first = failures.first { throw .io(first) }
        return files.count
    }

    /// The entries of the folder at `path` (name, whether it is a folder, following links);
    /// nil when it cannot be read.
    private static func list(_ path: String) -> [(name: String, isFolder: Bool)]? {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var result: [(String, Bool)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != "." && name != ".." else { continue }
            var isFolder = Int32(entry.pointee.d_type) == DT_DIR
            if Int32(entry.pointee.d_type) == DT_UNKNOWN || Int32(entry.pointee.d_type) == DT_LNK {
                var info = stat()
                guard stat(path + "/" + name, &info) == 0 else { continue }
                isFolder = info.st_mode & S_IFMT == S_IFDIR
            }
            result.append((name, isFolder))
        }
        return result
    }
}
