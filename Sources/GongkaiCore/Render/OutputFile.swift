/// One file of the output folder, held in memory until the writer puts it on disk.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Copy a file of the site, given by its site-relative path.
        case copy(String)
    }

    /// Path inside the output folder, `/`-separated, never absolute and never with `..`.
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
