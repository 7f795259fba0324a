/// The texts `gongkai init` writes: site.json, the 公开指南 page, the sample documents.
enum InitialSiteFiles {
    struct Sample {
        var node: String
        var title: String
        var docNumber: String?
        var topic: String
        var body: String
    }

    static func siteJSON(name: String, code: String, preset: CatalogPreset = .basic) -> String {
        let title = SiteInitializer.isPlaceholder(name) ? "【请填写机关名称】政府信息公开" : "\(name)信息公开"
        return """
        {
          "title": \(json(title)),
          "language": "zh-CN",
          "base_url": "/",
          "agency": {
            "name": \(json(name)),
            "code": \(json(code)),
            "address": "【请填写办公地址】",
            "phone": "【请填写联系电话】",
            "fax": "【请填写传真号码】",
            "office_hours": "【请填写办公时间，如 周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）】",
            "email": "【请填写电子邮箱】"
          },
          "index_number": { "pattern": "{code}/{year}-{serial:5}" },
          "footer": {
            "sponsor": \(json(SiteInitializer.isPlaceholder(name) ? "【请填写主办单位】" : name)),
            "operator": "【请填写承办单位】",
            "site_code": "【请填写网站标识码】",
            "icp": "【请填写ICP备案号】",
            "police_record": "【请填写公安备案号】",
            "contact": "【请填写联系电话】",
            "conac_url": "【请填写党政机关网站标识链接，在开办审核后取得】"
          },
          "application": {
            "place": "【请填写受理地点，如 便民服务中心一楼政务公开窗口】",
            "recipient": "【请填写信函申请的收件人，如 党政综合办公室】",
            "postcode": "【请填写邮政编码】"
          },
          "catalog": \(preset.catalogJSON),
          "topics": "default",
          "genres": "default",
          "pagination": 20,
          "interpretation_deadline_workdays": 3,
          "publish_deadline_workdays": 20,
          "search": true,
          "feeds": true,
          "external_link_notice": true,
          "theme": "default",
          "unsafe_html": false,
          "holidays": []
        }

        """
    }

    static let gitignore = """
    # gongkai build 的输出，每次构建都会重新生成，不需要提交
    /public/

    """

    static let themesReadme = """
    # 主题

    gongkai 内置了默认主题（政府门户网站风格的公开专栏），本网站不需要这里有任何文件就能构建。

    想修改某个模板、界面文字或样式时，只需把要改的那一个文件放到 `themes/default/` 下的同名位置，
    它会替换内置的同名文件，其余文件仍用内置的：

    - `themes/default/templates/*.mustache`：页面模板（Mustache）
    - `themes/default/i18n/zh-CN.json`：界面文字
    - `themes/default/static/style.css`：样式

    想先拿到全部内置文件再改，可以在新文件夹中运行 `gongkai init --theme-files 文件夹`，
    再把需要的文件复制过来。

    """

    static func guide(name: String, code: String, date: Day) -> String {
        let agency = SiteInitializer.isPlaceholder(name) ? "本机关" : name
        return """
        ---
        标题: "\(SiteInitializer.isPlaceholder(name) ? "【请填写机关名称】" : name)政府信息公开指南"
        发布日期: "\(date)"
        ---

        为了更好地提供政府信息公开服务，保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，编制本指南。申请人需要获得本机关政府信息公开服务的，建议事先阅读本指南。本指南将根据实际情况适时更新。

        ## 一、公开的主体和范围

        \(agency)是本机关政府信息公开的主体，【请填写政府信息公开工作机构名称】是本机关政府信息公开工作机构，负责本机关政府信息公开的日常工作。

        公开的范围是本机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息。依照《条例》第十四条、第十五条、第十六条规定不予公开或者可以不予公开的政府信息除外。

        ## 二、分类、编排体系

        本机关主动公开的政府信息在本专栏中按公开目录分类编排。公开目录如下（由网站按当前的栏目自动生成）：

        ```公开目录
        ```

        每条政府信息均标注索引号、主题分类、发布机构、成文日期、文号、发布日期、有效性等要素。索引号由本机关机构代码、信息发布年度和年度流水号组成，格式为“\(code)/年度-五位流水号”。专栏同时提供按主题分类、发布机构和发布年度的浏览入口。

        ## 三、获取方式

        ### （一）主动公开

        对于主动公开的政府信息，本机关自该信息形成或者变更之日起20个工作日内予以公开，法律、法规对公开期限另有规定的，从其规定。公民、法人和其他组织可以通过本专栏以及【请填写其他公开场所，如 政务服务中心政府信息查阅点】获取。

        ### （二）依申请公开

        公民、法人或者其他组织可以向本机关申请获取主动公开以外的政府信息。申请可以当面、信函、传真或电子邮件提出，申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；申请公开的政府信息的形式要求。

        本机关收到申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。本机关依申请提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，依照有关规定收取信息处理费。

        ## 四、政府信息公开工作机构

        - 机构名称：【请填写政府信息公开工作机构名称】
        - 办公地址：【请填写办公地址】
        - 办公时间：【请填写办公时间】
        - 联系电话：【请填写联系电话】
        - 传真：【请填写传真号码】
        - 互联网联系方式：【请填写电子邮箱或网上申请地址】

        ## 五、监督和救济

        公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向【请填写上级政务公开工作主管部门】投诉、举报，也可以依法申请行政复议或者提起行政诉讼。

        """
    }

    static func samples(name: String, year: Int) -> [Sample] {
        let agency = SiteInitializer.isPlaceholder(name) ? "本机关" : name
        return [
            Sample(
                node: "xxgkzd",
                title: "（示例）\(agency)政府信息公开工作制度",
                docNumber: nil,
                topic: "综合政务/政务公开",
                body: """
                这是 gongkai init 生成的示例文档，用来说明一篇文件的写法，可以修改或删除。

                ## 一、主动公开

                本机关应当主动公开的政府信息，自形成或者变更之日起20个工作日内在本专栏公开。

                ## 二、依申请公开

                公民、法人或者其他组织可以依照《中华人民共和国政府信息公开条例》向本机关申请获取政府信息。

                """
            ),
            Sample(
                node: "fdzdgknr/gzdt",
                title: "（示例）\(agency)政府信息公开专栏开通",
                docNumber: nil,
                topic: "综合政务/政务公开",
                body: """
                这是 gongkai init 生成的示例文档，可以修改或删除。

                \(year)年，\(agency)政府信息公开专栏正式开通。专栏设政府信息公开指南、政府信息公开制度、法定主动公开内容和政府信息公开年报四个一级栏目，欢迎社会各界监督。

                """
            ),
        ]
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
