/// The standard 政府信息公开申请表, one for 公民 and one for 法人或者其他组织, with the
/// receiving agency filled in. The printable HTML page and the .docx are both made from it,
/// so they cannot drift apart.
struct ApplicationForm: Sendable, Hashable {
    /// One row of the form: a label and either an empty box to fill in or choices to tick.
    struct Field: Sendable, Hashable {
        var label: String
        var choices: [String] = []
        /// Rows for a long answer (the description of the information asked for).
        var lines = 1
    }

    struct Section: Sendable, Hashable {
        var title: String
        var fields: [Field]
    }

    /// `公民` or `法人或者其他组织`.
    var applicant: String
    var title: String
    var agency: String
    var sections: [Section]
    /// The closing lines above the signature.
    var note: String

    /// Both forms for `agency` (the 受理机关).
    static func standard(agency: String) -> [ApplicationForm] {
        let information = Section(title: "所需政府信息情况", fields: [
            Field(label: "所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述", lines: 4),
            Field(label: "所需政府信息的指定提供载体形式（可选）", choices: ["纸质", "电子邮件", "光盘", "磁盘"]),
            Field(label: "获取政府信息的方式（可选）", choices: ["邮寄", "电子邮件", "传真", "自行领取", "当场阅读、抄录"]),
        ])
        let citizen = Section(title: "申请人信息（公民）", fields: [
            Field(label: "姓名"), Field(label: "工作单位"), Field(label: "证件名称"), Field(label: "证件号码"),
            Field(label: "通信地址"), Field(label: "邮政编码"), Field(label: "联系电话"), Field(label: "电子邮箱"),
        ])
        let organisation = Section(title: "申请人信息（法人或者其他组织）", fields: [
            Field(label: "名称"), Field(label: "统一社会信用代码"), Field(label: "法定代表人或者负责人"),
            Field(label: "联系人姓名"), Field(label: "联系人电话"), Field(label: "联系人电子邮箱"),
            Field(label: "通信地址"), Field(label: "邮政编码"),
        ])
        let note = "申请人对所填写内容的真实性负责。本表可复印；公民须附身份证明复印件，法人或者其他组织须附统一社会信用代码证明复印件。"
        return [
            ApplicationForm(applicant: "公民", title: "政府信息公开申请表（公民）", agency: agency, sections: [citizen, information], note: note),
            ApplicationForm(applicant: "法人或者其他组织", title: "政府信息公开申请表（法人或者其他组织）", agency: agency, sections: [organisation, information], note: note),
        ]
    }
}
