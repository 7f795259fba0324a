/// site.json, checked and with defaults filled in (README “site.json 导览”).
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
        /// The 党政机关网站标识's link (`https://bszs.conac.cn/sitename?method=show&id=…`).
        public var conacURL = ""
        /// The 门户网站 this column belongs to (its name and home page).
        public var portalTitle = ""
        public var portalURL = ""
        /// 互动 links (领导信箱, 12345 …), in site.json order.
        public var interaction: [Link] = []
    }

    /// A titled external link from site.json.
    public struct Link: Sendable, Hashable {
        public var title: String
        public var url: String
    }

    /// The channels of 依申请公开 beyond the agency's address, hours, email and fax.
    public struct Application: Sendable, Hashable {
        /// Where applications are handed in (当面), e.g. 便民服务中心 window; the address is `agency.address`.
        public var place = ""
        /// 信函: the 收件人 and 邮编 (the address is `agency.address` unless `address` is set).
        public var recipient = ""
        public var address = ""
        public var postcode = ""
        /// 网上申请: the agency's online application system, when it has one.
        public var onlineURL = ""
    }

    public var title = ""
    public var language = "zh-CN"
    /// `base_url` (or `--base-url`, which overrides it), parsed: the one URL builder of the site.
    public var urls = URLBuilder(baseURL: "/")!
    public var agency = Agency()
    /// `index_number.pattern`, parsed; the standard pattern when the key is absent.
    public var indexNumberPattern = IndexNumberPattern.standardPattern
    public var footer = Footer()
    public var application = Application()
    public var catalog = Catalog()
    public var topics = TopicTable.standard
    public var genres = Genres.standard
    public var pagination = 20
    /// site.json `list_columns`: the columns of document tables on node and facet pages.
    public var listColumns = ListColumn.standard
    /// site.json top-level `fresh_days`: days after which the column home (the newest
    /// document anywhere) is stale; 0 turns the check off (国办秘函〔2019〕19号: 动态 two weeks).
    public var homeFreshDays = 14
    public var interpretationDeadlineWorkdays = 3
    public var publishDeadlineWorkdays = 20
    public var search = true
    /// Set for a member of a site group, never from site.json (`GroupMemberLoader`): the
    /// member's search page searches the portal's combined index with the 机构 filter fixed to it.
    public var portalSearch: PortalSearchScope?
    public var feeds = true
    public var externalLinkNotice = true
    public var theme = "default"
    public var unsafeHTML = false
    /// Working days: the built-in 国务院办公厅 calendar with `holidays` laid over it (`2024-10-01` is a holiday, `+2024-10-12` a make-up
    /// working day), made once by the loader from the entries it could use.
    public var workdayCalendar = WorkdayCalendar.official
    /// `policy_documents`: the 政策文件库's nodes and the validity checks' limits.
    public var policyDocuments = PolicyDocumentsConfig()
    /// `consultations`: the 意见征集 checks' limits.
    public var consultations = ConsultationConfig()
    /// `publicity`: days a 公示 stays online after its 公示期 ends.
    public var publicity = PublicityConfig()
    /// Where the text of each string of `title`, `agency` and `footer` starts in site.json,
    /// by dotted key (`agency.name`), for diagnostics about its value.
    public var valuePositions: [String: SourcePosition] = [:]

    public init() {}
}
