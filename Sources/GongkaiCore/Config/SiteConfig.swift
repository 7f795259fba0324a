/// site.json, checked and with defaults filled in (SPEC §3).
public struct SiteConfig: Sendable {
    public struct Agency: Sendable, Hashable {
        public var name = ""
        public var code = ""
        public var address = ""
        public var phone = ""
        public var fax = ""
        public var officeHours = ""
        public var email = ""
    }

    public struct Footer: Sendable, Hashable {
        public var sponsor = ""
        public var `operator` = ""
        public var siteCode = ""
        public var icp = ""
        public var policeRecord = ""
        public var contact = ""
    }

    public var title = ""
    public var language = "zh-CN"
    public var baseURL = "/"
    public var agency = Agency()
    public var indexNumberPattern = "{code}/{year}-{serial:5}"
    public var footer = Footer()
    public var catalog = Catalog()
    public var topics = TopicTable.standard
    public var genres = Genres.standard
    public var pagination = 20
    public var interpretationDeadlineWorkdays = 3
    public var publishDeadlineWorkdays = 20
    public var search = true
    public var feeds = true
    public var externalLinkNotice = true
    public var theme = "default"
    public var unsafeHTML = false
    /// `policy_documents`: the 政策文件库's nodes and the validity checks' limits.
    public var policyDocuments = PolicyDocumentsConfig()
    /// Entries as written: `2024-10-01` is a holiday, `+2024-10-12` a make-up working day.
    public var holidays: [String] = []
    /// Where each entry of `holidays` stands in site.json.
    public var holidayPositions: [SourcePosition] = []
    /// Where the text of each string of `title`, `agency` and `footer` starts in site.json,
    /// by dotted key (`agency.name`), for diagnostics about its value.
    public var valuePositions: [String: SourcePosition] = [:]

    public init() {}
}
