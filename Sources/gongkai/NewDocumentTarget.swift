import ArgumentParser
import Foundation
import GongkaiCore

/// Where `gongkai new` writes: the site folder, or in a group folder (README “站群”) the member
/// named by `--member`, else the one the editor picks from a numbered list in the terminal.
struct NewDocumentTarget {
    let creator: DocumentCreator
    /// The member's folder as seen from the group folder (`members/mzj/`), before printed paths.
    let prefix: String
    let loadSite: (BuildOptions) -> (Site?, [Diagnostic])

    static func target(options: BuildOptions, member id: String?) throws -> NewDocumentTarget {
        guard GroupBuilder.isGroup(options.siteFolder) else {
            if let id { throw ValidationError("--member \(id) 只用于站群文件夹（有 group.json），\(options.siteFolder.path) 是单个网站") }
            return NewDocumentTarget(creator: DocumentCreator(siteFolder: options.siteFolder), prefix: "") { options in
                let (site, _, report) = SiteBuilder.load(options)
                return (site, report.diagnostics)
            }
        }
        let (loaded, diagnostics) = GroupConfig.load(groupFolder: options.siteFolder)
        guard let group = loaded else {
            Console.printDiagnostics(diagnostics)
            throw ExitCode(1)
        }
        let member = try choose(id, in: group)
        FileHandle.standardError.write(Data("成员：\(member.title)（\(member.id)，\(member.path)）\n".utf8))
        return NewDocumentTarget(creator: DocumentCreator(member: member, of: group, groupFolder: options.siteFolder), prefix: member.filePrefix) { options in
            group.loadSite(of: member, groupFolder: options.siteFolder, options: options)
        }
    }

    private static func list(_ group: GroupConfig) -> String {
        group.members.map { "\($0.id)（\($0.title)）" }.joined(separator: "、")
    }

    private static func choose(_ id: String?, in group: GroupConfig) throws -> GroupMember {
        if let id {
            guard let member = group.member(id) else { throw ValidationError("站群中没有 id 为 \"\(id)\" 的成员；成员有：\(list(group))") }
            return member
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("这是站群文件夹（有 group.json）：请用 --member 指定在哪个成员的网站中新建文档，成员有：\(list(group))")
        }
        var menu = "在哪个成员的网站中新建文档？\n"
        for (number, member) in group.members.enumerated() { menu += "  \(number + 1)) \(member.title)（\(member.id)）\n" }
        FileHandle.standardError.write(Data((menu + "输入序号或 id：").utf8))
        let answer = readLine() ?? ""
        if let member = group.member(choosing: answer) { return member }
        throw ValidationError("“\(answer)”不是成员的序号或 id；成员有：\(list(group))")
    }
}
