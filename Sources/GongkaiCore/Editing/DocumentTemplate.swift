/// The text of a new document: every front-matter field (README “写一篇文件”), filled in or present
/// as a commented-out line, each with a Chinese explanation, then a body to write over.
/// The default body holds `【请填写…】` placeholders, so `check` warns until it is written.
///
/// Keys are written with their Chinese names (标题, 索引号…), which gongkai accepts like the
/// English ones, so an editor reads the file without a key table.
public struct DocumentTemplate: Sendable {
    public var title: String
    public var indexNumber: String
    public var date: Day
    public var publisher: String
    public var docNumber: String?
    public var kind: CatalogNode.Kind
    public var interprets: [String] = []
    /// 主题分类; a commented-out example when nil.
    public var topic: String?
    public var fileName: String
    public var topics: TopicTable
    public var genres: [String]
    public var publishDeadlineWorkdays: Int
    /// Body text; nil for the default skeleton of the node's kind.
    public var body: String?
    /// 报告年度 of an annual report.
    public var reportYear: Int?
    /// 成文日期 when it is not `date` (an imported document's).
    public var written: Day?
    /// 有效性; `有效` when nil.
    public var status: String?
    public var attachments: [Attachment] = []
    /// The file `gongkai import` read, named in the first comment line.
    public var importedFrom: String?
    /// Whether the 索引号 was kept from an old page rather than allocated.
    public var keptIndexNumber = false

    /// An attachment beside the document, `files/…` relative to it.
    public struct Attachment: Sendable, Hashable {
        public var file: String
        public var title: String?

        public init(file: String, title: String? = nil) {
            self.file = file
            self.title = title
        }
    }

    public init(title: String, indexNumber: String, date: Day, publisher: String, docNumber: String?, kind: CatalogNode.Kind,
                fileName: String, topics: TopicTable, genres: [String], publishDeadlineWorkdays: Int) {
        self.title = title
        self.indexNumber = indexNumber
        self.date = date
        self.publisher = publisher
        self.docNumber = docNumber
        self.kind = kind
        self.fileName = fileName
        self.topics = topics
        self.genres = genres
        self.publishDeadlineWorkdays = publishDeadlineWorkdays
    }

    /// The genre that ends the title (`关于……的通知` → 通知), if any.
    public static func genre(inferredFrom title: String, genres: [String]) -> String? {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        return genres.filter { trimmed.hasSuffix($0) || trimmed.hasSuffix($0.replacingOccurrences(of: "（令）", with: "")) }
            .max { $0.count < $1.count }
    }

    public var text: String {
        let isInterpretation = kind == .interpretations
        let genre = Self.genre(inferredFrom: title, genres: genres)
        let year = String(date.year)
        var lines: [String] = ["---"]
        if let importedFrom {
            lines.append("# 本文件由 gongkai import 从 \(importedFrom.replacingOccurrences(of: "\n", with: " ")) 导入，请逐项核对。“#” 后面是说明，不会发布；去掉行首的“# ”即可启用那一行。")
        } else {
            lines.append("# 本文件由 gongkai new 生成。“#” 后面是说明，不会发布；去掉行首的“# ”即可启用那一行。")
        }
        lines.append("标题: \(Self.quoted(title))  # 信息名称（必填）")
        lines.append("索引号: \(Self.quoted(indexNumber))  # " + (keptIndexNumber ? "沿用原网站的索引号，已记入登记簿，请勿修改" : "由 gongkai \(importedFrom == nil ? "new" : "import") 分配，全站唯一，请勿修改"))
        lines.append("发布日期: \(Self.quoted(date.description))  # 必填，北京时间；可加时刻，如 \"\(date) 09:30\"")
        lines.append("成文日期: \(Self.quoted((written ?? date).description))  # 文件签发日期；晚于成文 \(publishDeadlineWorkdays) 个工作日才发布会得到警告")
        lines.append("发布机构: \(Self.quoted(publisher))  # 默认为本机关；联合发文或内设机构发布时改写")
        if let docNumber, !docNumber.isEmpty {
            lines.append("文号: \(Self.quoted(docNumber))  # 格式：机关代字〔年份〕序号号")
        } else {
            lines.append("# 文号: \"某政办〔\(year)〕1号\"  # 有文号的文件填写，格式：机关代字〔年份〕序号号")
        }
        if let topic {
            lines.append("主题分类: \(Self.quoted(topic))  # 主题分类表见文末说明；可写“类别/子类”")
        } else {
            lines.append("# 主题分类: \"综合政务/政务公开\"  # 主题分类表见文末说明；可写“类别/子类”")
        }
        if let genre {
            lines.append("体裁分类: \(Self.quoted(genre))  # 根据标题推断，请核对；可选：\(genres.joined(separator: "、"))")
        } else {
            lines.append("# 体裁分类: \"通知\"  # 公文种类，可选：\(genres.joined(separator: "、"))")
        }
        lines.append("有效性: \(Self.quoted(status ?? "有效"))  # 有效、失效、废止、修订、部分失效")
        lines.append("# 施行日期: \"\(date)\"  # 有效期的第一天；行政规范性文件必须写明有效期")
        lines.append("# 有效期至: \"\(date.lastDay(ofYears: 5))\"  # 有效期的最后一天（一般不超过 5 年，试行、暂行不超过 2 年），过了这一天自动显示为“失效”")
        lines.append("# 失效日期: \"\(date.year + 5)-\(date.description.dropFirst(5))\"  # 旧写法，与“有效期至”相同；新文件请用“有效期至”")
        lines.append("# 代替: [\"（被本文件代替的文件的索引号）\"]  # 本文件代替旧文件时填写，旧文件自动显示为“废止”并链接到本文件")
        lines.append("# 修订: [\"（被本文件修订的文件的索引号）\"]  # 本文件修订旧文件时填写，旧文件自动显示为“修订”")
        lines.append("# 废止: [\"（被本文件废止的文件的索引号）\"]  # 本文件废止旧文件时填写，旧文件自动显示为“废止”")
        lines.append("# 废止日期: \"\(year)-12-31\"  # 有效性改为废止或失效时，填写改变的日期（计入年报“本年废止件数”）")
        lines.append("# 关键词: [关键词一, 关键词二]  # 主题词；也可以写成一段文字，用顿号或逗号分隔")
        lines.append("# 内容概述: \"用一两句话概括本文件\"  # 不填时取正文第一段的前 120 字")
        lines.append("公开方式: \"主动公开\"  # 主动公开 或 依申请公开")
        // 意见征集: filled in for a consultation column, else commented out like every optional key.
        let consultation = kind == .consultations ? "" : "# "
        let only = kind == .consultations ? "" : "只有意见征集栏目填写："
        lines.append("\(consultation)征集开始: \(Self.quoted(date.description))  # \(only)意见征集的第一天")
        lines.append("\(consultation)征集截止: \(Self.quoted(date.adding(days: 29).description))  # \(only)最后一天；征集期一般不少于 30 天（首尾两天都算）")
        lines.append("# 缩短理由: \"（征集期不足 30 天时写明理由）\"")
        lines.append("# 意见邮箱: \"（接收意见的电子邮箱）\"  # 意见征集填写；还可写 通信地址、在线提交（网址）")
        lines.append("# 通信地址: \"（接收书面意见的地址和邮编）\"")
        lines.append("# 在线提交: \"https://（在线征集系统的网址）\"")
        lines.append("# 决策文件: \"（最终决策文件的索引号）\"  # 意见征集的决策印发后填写")
        lines.append("# 采纳情况: \"（所反馈的意见征集的索引号）\"  # 只有意见采纳情况的反馈填写")
        lines.append("# 公示期: \"\(date)至\(date.adding(days: 6))\"  # 公示填写：期满（再加 site.json publicity.grace_days 天）后自动撤下，只留期满说明")
        if isInterpretation {
            if interprets.count == 1 {
                lines.append("解读对象: \(Self.quoted(interprets[0]))  # 所解读文件的索引号")
            } else {
                lines.append("解读对象:  # 所解读文件的索引号")
                for number in interprets { lines.append("  - \(Self.quoted(number))") }
            }
            lines.append("解读形式: \"文字解读\"  # 文字解读、图文解读、图解、政策问答、视频解读、音频解读、新闻发布会、专家解读、媒体解读、在线访谈")
        } else {
            lines.append("# 解读对象: \"（被解读文件的索引号）\"  # 只有政策解读栏目的文档填写")
            lines.append("# 解读形式: \"文字解读\"  # 只有政策解读填写：文字解读、图文解读、图解、政策问答、视频解读、音频解读、新闻发布会、专家解读、媒体解读、在线访谈")
        }
        if let reportYear {
            lines.append("报告年度: \(reportYear)  # 报告的是哪一年的工作；表格的核对和上年结转都按这个年份")
        } else {
            lines.append("# 报告年度: \(date.year - 1)  # 只有政府信息公开工作年度报告填写：报告的是哪一年的工作")
        }
        if attachments.isEmpty {
            lines.append("# 附件:  # 附件放在本文件旁边的 files/ 文件夹里，写相对路径")
            lines.append("#   - files/附件1.pdf")
            lines.append("#   - { file: files/附件2.xlsx, title: 附件2的名称 }")
        } else {
            lines.append("附件:  # 附件放在本文件旁边的 files/ 文件夹里，写相对路径")
            for attachment in attachments {
                if let title = attachment.title {
                    lines.append("  - { file: \(Self.quoted(attachment.file)), title: \(Self.quoted(title)) }")
                } else {
                    lines.append("  - \(Self.quoted(attachment.file))")
                }
            }
        }
        lines.append("# slug: \"english-name\"  # 网址名称（英文字母、数字、- 和 _）；不填时取文件名 \(fileName)")
        lines.append("草稿: false  # 改为 true 则暂不发布（gongkai serve --drafts 可以预览草稿）")
        lines.append("# 公开理由: \"依据……规定予以公示\"  # 正文含身份证号、手机号、银行卡号等个人信息且依法需要公开时，写明理由")
        lines.append("#")
        lines.append("# 主题分类表：\(topics.classes.map(\.name).joined(separator: "；"))")
        lines.append("---")
        lines.append("")
        lines.append(body ?? defaultBody)
        return lines.joined(separator: "\n") + "\n"
    }

    private var defaultBody: String {
        switch kind {
        case .interpretations:
            return """
            ## 一、出台背景

            【请填写文件出台的背景和依据】

            ## 二、主要内容

            【请填写：用通俗的语言解读文件的主要内容】

            ## 三、关键词解释

            【请填写：解释文件中的专业名词】

            """
        case .reports:
            return """
            本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。

            【请填写：年度报告最好用 gongkai new <年报栏目> --report 年份 生成，表格写成“年报表二、年报表三、年报表四”数据块，gongkai 画出标准表格并逐项核对】

            ## 一、总体情况

            【请填写：本年度政府信息公开工作的总体情况；以下各部分按年报格式填写】

            ## 二、主动公开政府信息情况

            （“行政规范性文件”一行的本年制发件数、本年废止件数、现行有效件数，可用 `gongkai stats --year \(date.year - 1)` 统计。）

            ## 三、收到和处理政府信息公开申请情况

            ## 四、政府信息公开行政复议、行政诉讼情况

            ## 五、存在的主要问题及改进情况

            ## 六、其他需要报告的事项

            """
        case .consultations:
            return "【请填写：征求意见的事项和起草说明，征求意见稿作为附件】\n\n## 意见反馈方式\n\n【请填写：电子邮件、信函或在线提交的方式，也可以写在元数据的意见邮箱、通信地址、在线提交中】\n"
        case .list, .page, .application:
            return "【请填写正文】可以用 ## 写小标题，用 **文字** 加粗，用 | 画表格；写好后删去这一行。\n"
        }
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
