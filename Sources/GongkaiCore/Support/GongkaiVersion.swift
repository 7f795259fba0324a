/// gongkai's version number, kept only here: `gongkai --version` prints it, scripts/package.sh
/// reads it for the names of the tarball and the .deb, and CHANGELOG.md's newest entry must
/// name it (a test checks).
public enum GongkaiVersion {
    /// The release number, `MAJOR.MINOR.PATCH`.
    public static let number = "0.1.0"

    /// The `--version` line: the number and the commit the binary was built from, or a note that
    /// it was built from a working copy (`swift build`), whose commit nobody stamped.
    public static func line(commit: String?) -> String {
        if let commit, !commit.isEmpty {
            return "gongkai \(number)（提交 \(commit)）"
        }
        return "gongkai \(number)（从源码构建，未记录提交；发行包由 scripts/package.sh 写入提交号）"
    }
}
