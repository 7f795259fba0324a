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
    public var baseURL = "/"
    public var agency = Agency()
    public var indexNumberPattern = "{code}/{year}-{serial:5}"
    public var footer = Footer()
    public var application = Application()
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
    /// Entries as written: `2024-10-01` is a holiday, `+2024-10-12` a make-up working day.
    public var holidays: [String] = []
    /// Where each entry of `holidays` stands in site.json.
    public var holidayPositions: [SourcePosition] = []
    /// Where the text of each string of `title`, `agency` and `footer` starts in site.json,
    /// by dotted key (`agency.name`), for diagnostics about its value.
    public var valuePositions: [String: SourcePosition] = [:]

    public init() {}
}
