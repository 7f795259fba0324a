/// group.json, checked: the portal and its members (README “站群”).
public struct GroupConfig: Sendable {
    /// The portal's name (`title`), shown on its pages.
    public var title = ""
    /// The portal's `base_url` (or `--base-url`); member `id` is built under `<base>/<id>/`.
    public var urls = URLBuilder(baseURL: "/")!
    /// The portal's footer: the same keys as site.json's `footer` (`site_code` is its 网站标识码).
    public var footer = SiteConfig.Footer()
    /// `shared`: top-level site.json keys every member inherits unless its own site.json sets them,
    /// each with its position in group.json.
    public var shared: [JSONValue.Member] = []
    /// The portal's theme: `shared.theme`, else the built-in default.
    public var theme = "default"
    /// In group.json order.
    public var members: [GroupMember] = []

    public init() {}

    /// The base URL of member `id`: `<portal base>/<id>/`, with the portal's origin.
    public func memberBaseURL(_ id: String) -> String {
        urls.origin + urls.basePath + id + "/"
    }
}
