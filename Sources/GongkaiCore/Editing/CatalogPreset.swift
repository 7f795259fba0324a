/// The 公开目录 `gongkai init --catalog` writes: the columns 条例 第二十条 (一)–(十五) asks every
/// administrative organ for, as far as they apply to that kind of agency, and 第二十一条's
/// columns for county governments and townships, each with a line saying what belongs there.
public enum CatalogPreset: String, Sendable, CaseIterable {
    /// The standard top-level columns with the usual sub-columns (init without --catalog).
    case basic = "基本"
    case township = "乡镇"
    case countyDepartment = "县级部门"
    case countyGovernment = "县政府"

    /// One column: its folder name, its title, its kind and what belongs in it.
    public struct Column: Sendable {
        public var id: String
        public var title: String
        public var kind: CatalogNode.Kind = .list
        /// One line for the column's `_index.md`, telling editor and reader what it holds.
        public var about: String
        public var children: [Column] = []
    }

    public var columns: [Column] {
        [
            Column(id: "xxgkzn", title: "政府信息公开指南", kind: .page, about: ""),
            Column(id: "xxgkzd", title: "政府信息公开制度", about: "本栏目公开本机关政府信息公开工作的各项制度（《条例》第十二条、第二十九条等）。"),
            Column(id: "ysqgk", title: "依申请公开", kind: .application, about: ""),
            Column(id: "fdzdgknr", title: "法定主动公开内容", about: "本栏目按《中华人民共和国政府信息公开条例》第二十条、第二十一条公开本机关应当主动公开的政府信息。", children: disclosureColumns),
            Column(id: "xxgknb", title: "政府信息公开年报", kind: .reports, about: "本栏目公开本机关每年的政府信息公开工作年度报告（《条例》第四十九条、第五十条），每年1月31日前发布上一年度的报告。"),
        ]
    }

    private var disclosureColumns: [Column] {
        let functions = Column(id: "jgzn", title: "机构职能", about: "本机关的职能、机构设置、办公地址、办公时间、联系方式、负责人姓名（《条例》第二十条第二项）。")
        let rules = Column(id: "fgwj", title: "法规文件", about: "本机关制发的行政规范性文件和其他文件（《条例》第二十条第一项）。", children: [
            Column(id: "gfxwj", title: "行政规范性文件", about: "本机关制发的行政规范性文件，标注有效性；已废止或失效的保留原文并标注。"),
            Column(id: "qtwj", title: "其他文件", about: "本机关制发的其他公文。"),
        ])
        let plans = Column(id: "ghjh", title: "规划计划", about: "国民经济和社会发展规划、专项规划、区域规划及相关政策（《条例》第二十条第三项）。")
        let statistics = Column(id: "tjxx", title: "统计信息", about: "国民经济和社会发展统计信息（《条例》第二十条第四项）。")
        let licensing = Column(id: "xzxk", title: "行政许可和政务服务", about: "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果（《条例》第二十条第五项）。")
        let enforcement = Column(id: "xzcf", title: "行政处罚和行政强制", about: "实施行政处罚、行政强制的依据、条件、程序以及具有一定社会影响的行政处罚决定（《条例》第二十条第六项）。")
        let finance = Column(id: "czxx", title: "财政信息", about: "财政预算、决算信息（《条例》第二十条第七项）。")
        let fees = Column(id: "xzsf", title: "行政事业性收费", about: "行政事业性收费项目及其依据、标准（《条例》第二十条第八项）。")
        let procurement = Column(id: "zfcg", title: "政府采购", about: "政府集中采购项目的目录、标准及实施情况（《条例》第二十条第九项）。")
        let projects = Column(id: "zdxm", title: "重大建设项目", about: "重大建设项目的批准和实施情况（《条例》第二十条第十项）。")
        let welfare = Column(id: "shbz", title: "社会保障和就业", about: "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况（《条例》第二十条第十一项）。")
        let emergencies = Column(id: "tfsj", title: "突发事件应对", about: "突发公共事件的应急预案、预警信息及应对情况（《条例》第二十条第十二项）。")
        let inspections = Column(id: "jdjc", title: "监督检查", about: "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况（《条例》第二十条第十三项）。")
        let personnel = Column(id: "rsxx", title: "人事信息", about: "公务员招考的职位、名额、报考条件等事项以及录用结果，人事任免（《条例》第二十条第十四项）。")
        let interpretations = Column(id: "zcjd", title: "政策解读", kind: .interpretations, about: "本机关行政规范性文件和重要政策的解读，与文件同步发布。")
        let news = Column(id: "gzdt", title: "工作动态", about: "本机关的工作动态，至少每两周更新。")
        let other = Column(id: "qtxx", title: "其他法定公开信息", about: "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息（《条例》第二十条第十五项）。")

        switch self {
        case .basic:
            return [functions, rules, plans, finance, personnel, interpretations, news]
        case .countyDepartment:
            return [functions, rules, plans, licensing, enforcement, finance, fees, procurement, inspections, personnel, interpretations, news, other]
        case .countyGovernment:
            return [functions, rules, plans, statistics, licensing, enforcement, finance, fees, procurement, projects, welfare, emergencies, inspections, personnel,
                    Column(id: "xzgk", title: "重点领域信息", about: "市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息（《条例》第二十一条）。", children: [
                        Column(id: "szjs", title: "市政建设和公共服务", about: "市政建设、公共服务、公益事业（《条例》第二十一条）。"),
                        Column(id: "zsxx", title: "土地征收和房屋征收", about: "土地征收、房屋征收的批准和实施情况（《条例》第二十一条）。"),
                        Column(id: "zagl", title: "治安管理", about: "治安管理方面的政府信息（《条例》第二十一条）。"),
                        Column(id: "shjz", title: "社会救助", about: "社会救助的政策和实施情况（《条例》第二十一条）。"),
                    ]),
                    interpretations, news, other]
        case .township:
            return [functions, rules, plans, licensing, enforcement, finance, procurement, projects, welfare, emergencies, inspections, personnel,
                    Column(id: "xzgk", title: "乡镇重点信息", about: "乡（镇）人民政府根据本地区具体情况主动公开的信息（《条例》第二十一条）。", children: [
                        Column(id: "nyzc", title: "农业农村政策", about: "贯彻落实农业农村政策的情况（《条例》第二十一条）。"),
                        Column(id: "ntsl", title: "农田水利工程", about: "农田水利工程建设运营情况（《条例》第二十一条）。"),
                        Column(id: "tdlz", title: "土地承包经营权流转", about: "农村土地承包经营权流转情况（《条例》第二十一条）。"),
                        Column(id: "zjd", title: "宅基地审核", about: "宅基地使用情况审核（《条例》第二十一条）。"),
                        Column(id: "zsxx", title: "土地征收和房屋征收", about: "土地征收、房屋征收情况（《条例》第二十一条）。"),
                        Column(id: "czcl", title: "筹资筹劳", about: "村级公益事业一事一议筹资筹劳情况（《条例》第二十一条）。"),
                        Column(id: "shjz", title: "社会救助", about: "低保、特困供养、临时救助等社会救助情况（《条例》第二十一条）。公示个人信息时注意期满撤下。"),
                    ]),
                    interpretations, news, other]
        }
    }

    /// Every column with its path, in catalog order (pre-order).
    public var flattened: [(path: String, column: Column)] {
        func walk(_ columns: [Column], _ prefix: String) -> [(String, Column)] {
            columns.flatMap { c in [(prefix + c.id, c)] + walk(c.children, prefix + c.id + "/") }
        }
        return walk(columns, "")
    }

    /// The `catalog` array of site.json, indented as init writes it.
    var catalogJSON: String {
        func node(_ c: Column, indent: String) -> String {
            var text = "\(indent){ \"id\": \"\(c.id)\", \"title\": \"\(c.title)\""
            if c.kind != .list { text += ", \"kind\": \"\(c.kind.rawValue)\"" }
            if !c.children.isEmpty {
                text += ", \"children\": [\n" + c.children.map { node($0, indent: indent + "  ") }.joined(separator: ",\n") + "\n\(indent)] }"
            } else {
                text += " }"
            }
            return text
        }
        return "[\n" + columns.map { node($0, indent: "    ") }.joined(separator: ",\n") + "\n  ]"
    }
}
