import Foundation

/// Lists files without following links out of the site, in a stable order.
enum FileWalker {
    /// Site-relative paths of the regular files under `folder`, sorted; hidden files are skipped.
    /// A symbolic link that leads outside the site is reported and skipped.
    static func files(under folder: URL, root: URL, diagnostics: inout [Diagnostic]) -> [String] {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        // Paths as text: a URL per file cost more than listing it.
        var stack: [(path: String, relative: String)] = [(folder.path, relativePath(of: folder, root: root))]
        // A folder is known by its device and inode, which a link to it shares: asking the
        // file system once (`stat`) costs far less than resolving the path's every component.
        var visited: Set<FolderIdentity> = []
        while let (path, relative) = stack.popLast() {
            var folderInfo = stat()
            guard stat(path, &folderInfo) == 0,
                  visited.insert(FolderIdentity(device: UInt64(folderInfo.st_dev), inode: UInt64(folderInfo.st_ino))).inserted else { continue }
            guard let entries = entries(of: path) else { continue }
            for (name, type) in entries.sorted(by: { $0.name < $1.name }).reversed() where !name.hasPrefix(".") {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                var mode: mode_t
                switch Int32(type) {
                case Int32(DT_REG): mode = S_IFREG
                case Int32(DT_DIR): mode = S_IFDIR
                default:
                    // Links, and file systems that do not say what an entry is.
                    var info = stat()
                    guard lstat(child, &info) == 0 else { continue }
                    mode = info.st_mode & S_IFMT
                }
                if mode == S_IFLNK {
                    var info = stat()
                    // Only links need resolving: they must stay inside the site.
                    let resolved = URL(fileURLWithPath: child).resolvingSymlinksInPath().path
                    if resolved != rootPath && !resolved.hasPrefix(rootPath + "/") {
                        diagnostics.append(.error("path.outside", "\(childRelative) 是指向网站文件夹之外的链接，已忽略", at: SourcePosition(file: childRelative), hint: "请把文件复制到网站文件夹内，而不是使用符号链接"))
                        continue
                    }
                    guard stat(child, &info) == 0 else { continue }
                    mode = info.st_mode & S_IFMT
                }
                if mode == S_IFDIR {
                    stack.append((child, childRelative))
                } else if mode == S_IFREG {
                    result.append(childRelative)
                }
            }
        }
        return result.sorted()
    }

    /// The names in a folder with the type the folder's listing gives each (`DT_REG`,
    /// `DT_DIR`, …, `DT_UNKNOWN` where the file system does not say): asking `lstat` about
    /// every file of a 10,000-document site cost 17 ms before any file was read
    /// (bench/PERFORMANCE.md). Nil when the folder cannot be read. `.` and `..` are listed too,
    /// as hidden names are, and skipped with them.
    private static func entries(of path: String) -> [(name: String, type: UInt8)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            entries.append((name, entry.pointee.d_type))
        }
        return entries
    }

    /// A folder's identity on disk, whatever path leads to it.
    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// The size of a regular file inside `root`, nil when missing, a folder, or outside the site.
    static func regularFileSize(_ url: URL, inside root: URL) -> Int? {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath + "/") else { return nil }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
              attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }

    private static func relativePath(of url: URL, root: URL) -> String {
        let r = root.standardizedFileURL.path
        let p = url.standardizedFileURL.path
        return p.hasPrefix(r + "/") ? String(p.dropFirst(r.count + 1)) : ""
    }
}
