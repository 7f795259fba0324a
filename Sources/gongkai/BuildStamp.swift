/// The commit this binary was built from. Committed as nil: Swift has no build-time variables,
/// so scripts/release-binary.sh (the release binary of scripts/package.sh and the benchmarks) builds
/// from an export of the sources in which it rewrites this one line with the commit (README “安装”). A plain `swift build` says it was built from a working copy.
enum BuildStamp {
    static let commit: String? = nil
}
