/// What a build or check found, for the CLI's summary.
public struct BuildReport: Sendable {
    public struct NodeCount: Sendable {
        public var path: String
        public var title: String
        public var depth: Int
        public var count: Int
    }

    public struct Named: Sendable {
        public var path: String
        public var title: String
        public var detail: String
    }

    public var diagnostics: [Diagnostic] = []
    public var nodeCounts: [NodeCount] = []
    public var documentCount = 0
    public var pagesWritten = 0
    public var filesWritten = 0
    public var drafts: [Named] = []
    public var futureDocuments: [Named] = []
    public var expiredDocuments: [Named] = []
    public var privacyExempt: [Named] = []
    /// 公示 past their 公示期: their pages now say only that they were withdrawn.
    public var withdrawn: [Named] = []
    /// A site group's members whose parts this build made, and those it took as they were
    /// (unchanged since the last build, or built elsewhere and assembled): README “站群”.
    public var membersBuilt = 0
    public var membersReused = 0
    /// True when the output folder was replaced.
    public var wroteOutput = false

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Whether the build must stop: an error, or under `--strict` any diagnostic at all
    /// (the report turns them into errors when it is finished).
    func fails(strict: Bool) -> Bool {
        strict ? !diagnostics.isEmpty : diagnostics.hasErrors
    }

    public init() {}
}
