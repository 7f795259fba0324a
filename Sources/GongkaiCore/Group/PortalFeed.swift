/// The portal's Atom feed (RFC 4287): the newest documents of all members together.
struct PortalFeed {
    static let limit = PortalMember.keep

    let group: GroupConfig
    let members: [PortalMember]

    func file() -> OutputFile {
        let urls = group.urls
        let entries = PortalEntry.newest(members.flatMap(\.latest), limit: Self.limit)
        // The feed's own time is its newest entry's, so the same input gives the same bytes.
        let updated = entries.first?.published.rfc3339 ?? "1970-01-01T00:00:00+08:00"
        let path = URLBuilder.feedPath
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
        <title>\(XMLText.escape(group.title))</title>
        <id>\(XMLText.escape(urls.absolute(path)))</id>
        <link rel="self" type="application/atom+xml" href="\(XMLText.escape(urls.absolute(path)))"/>
        <link rel="alternate" type="text/html" href="\(XMLText.escape(urls.absolute(URLBuilder.homePath)))"/>
        <updated>\(updated)</updated>
        <author><name>\(XMLText.escape(group.title))</name></author>

        """
        for entry in entries {
            let agency = members[entry.memberIndex].member.title
            xml += "<entry>\n<title>\(XMLText.escape(entry.title))</title>\n<id>\(XMLText.escape(entry.absoluteURL))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(entry.absoluteURL))\"/>\n"
            xml += "<published>\(entry.published.rfc3339)</published>\n<updated>\(entry.published.rfc3339)</updated>\n"
            xml += "<author><name>\(XMLText.escape(entry.publisher))</name></author>\n"
            xml += "<category term=\"\(XMLText.escape(agency))\"/>\n"
            if !entry.summary.isEmpty { xml += "<summary>\(XMLText.escape(entry.summary))</summary>\n" }
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: path, contents: .text(xml))
    }
}
