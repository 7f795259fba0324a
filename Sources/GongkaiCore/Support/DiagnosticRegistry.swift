/// Every diagnostic gongkai reports, in one table: the README's 检查项目 tables are made from
/// it (``markdownTables``), and tests keep the README, this table and the ids used in the code
/// equal.
public enum DiagnosticRegistry {
    public static let all: [DiagnosticKind] = [
        // site.json
        .init("config.missing", .error, "找不到 site.json", "当前文件夹（或 `--site` 指定的文件夹）中没有 site.json。在网站文件夹中运行，或用 `gongkai init` 新建网站。"),
        .init("config.syntax", .error, "site.json 语法错误", "site.json 不是合法的 JSON（多了或少了逗号、引号、括号）；按指出的行列改正。site.json 有错误时只报告 site.json 的错误，不再检查文档：改好后再运行一次。"),
        .init("config.unknown-key", .error, "site.json 中有不认识的键", "任何一层写错或多写的键都是错误，提示给出最接近的正确键名。"),
        .init("config.type", .error, "site.json 的值类型不对", "如该写数字的写成了文字、该写列表的写成了文字；按提示改。"),
        .init("config.language", .error, "language 无效", "`language` 只能是 zh-CN、zh-TW 或 zh-HK。"),
        .init("config.base-url", .error, "网址无效", "`base_url` 或 `--base-url` 不是有效的网址；写成 `https://www.example.gov.cn/xxgk/` 或 `/xxgk/`。"),
        .init("config.catalog-empty", .error, "公开目录为空", "site.json 的 `catalog` 至少要有一个栏目。"),
        .init("config.node-id", .error, "栏目 id 无效", "栏目 id 是英文文件夹名，只用字母、数字、`-`、`_`，不能为空。"),
        .init("config.node-title", .error, "栏目缺少名称", "每个栏目都要有 `title`。"),
        .init("config.node-kind", .error, "栏目类型无效", "`kind` 只能是 list、page、interpretations、reports、application。"),
        .init("config.node-duplicate", .error, "栏目路径重复", "同一层中两个栏目的 id 相同；改其中一个。"),
        .init("config.node-reserved", .error, "栏目 id 与保留名称重名", "顶层栏目 id 不能用 gongkai 自己的文件夹名（topics、publishers、years、search、assets 等）。"),
        .init("config.column-type", .error, "栏目类型无效", "`column_type` 只能是 动态、通知公告、政策文件、解读、人事、规划、财政、指南、制度、机构职能、年报、其他。"),
        .init("config.list-column", .error, "目录列名无效", "`list_columns` 只能写 索引号、内容概述、生成日期、文号、发布日期（序号和名称总是显示）。"),
        .init("config.topic", .error, "主题分类缺少名称", "自定义的 `topics` 中写成 `{\"name\", \"children\"}` 的一项缺少 `name`。"),
        .init("config.holidays", .error, "节假日写错", "`holidays` 中某一项不是 `YYYY-MM-DD` 日期、日期不存在，或同一天既是节假日又是调休上班日；节假日写 `\"2024-10-01\"`，调休上班日写 `\"+2024-10-12\"`。"),
        .init("config.index-number-pattern", .error, "索引号格式无法使用", "`index_number.pattern` 的占位符写错或缺少序号；只用 `{code}`、`{year}`、`{serial:5}`，默认 `{code}/{year}-{serial:5}`。"),
        .init("config.policy-node", .error, "政策文件库的栏目不存在", "`policy_documents.nodes` 中的栏目路径不在 `catalog` 中；改成提示中最接近的路径，如 `fdzdgknr/fgwj`。"),
        .init("config.placeholder", .warning, "site.json 还有占位内容", "site.json 中还有 `gongkai init` 写的【请填写…】；改为本机关的实际信息。"),
        // Files and front matter
        .init("file.encoding", .error, "文件不是 UTF-8 编码", "多半是用 GBK 保存的（旧版记事本、WPS）；用编辑器“另存为”UTF-8。"),
        .init("file.unreadable", .error, "文件无法读取", "文件没有读取权限或已损坏；检查文件权限。"),
        .init("path.outside", .error, "链接到网站外面", "`content/` 中有指向网站文件夹外的符号链接；把文件复制进网站，而不是用链接。"),
        .init("node.unknown", .error, "文件夹不在公开目录中", "`content/` 下放了 Markdown 文件的文件夹不是 site.json 中的栏目；把文件移到提示的栏目，或在 `catalog` 中加上这个栏目。"),
        .init("front-matter.unterminated", .error, "元数据缺少结尾的 ---", "文件开头的元数据没有结尾的 `---`；在元数据最后补一行 `---`。"),
        .init("front-matter.duplicate-key", .error, "元数据中的键重复", "同一个字段写了两次（英文键和中文别名也算同一个）；删去一个。"),
        .init("front-matter.unknown-key", .warning, "元数据中有不认识的键", "多半是拼错，拼错的字段不会生效；改成提示的键名，如 `index_n0` → `index_no`。"),
        .init("yaml.syntax", .error, "元数据写法错误", "`---` 之间的 YAML 写错了。常见笔误直接指出写错的字符：键后面用了中文冒号（`标题：…`）、英文冒号后没有空格（`title:测试`）、用 Tab 缩进、键前或键中有全角空格；改为英文冒号加一个空格、只用英文空格缩进。值里有英文冒号、`#` 或以 `[ { * & ! | >` 开头时给值加英文引号。"),
        .init("yaml.not-mapping", .error, "元数据不是“键: 值”", "`---` 之间每行都应是 `键: 值`。"),
        .init("yaml.too-deep", .error, "元数据嵌套过深", "元数据的列表、对象嵌套太多层；字段只需要一两层。"),
        .init("field.missing", .error, "缺少必填字段", "标题、发布日期必填，列表/解读/年报栏目的文件还要有索引号；`gongkai new` 创建的文件已经填好。"),
        .init("field.type", .error, "字段的值类型不对", "如标题写成了列表；按提示改。"),
        .init("date.invalid", .error, "日期无效", "日期写法不对或日期不存在（`2024-13-01`、`2023-02-29`）；写成 `2024-03-19`、`2024/3/19`、`2024.3.19` 或 `2024年3月19日`，可加时间 `09:30`。"),
        .init("status.unknown", .error, "有效性无效", "有效性只能是 有效、失效、废止、修订、部分失效（“作废”应写“废止”）。"),
        .init("topic.unknown", .error, "主题分类不在分类表中", "改成提示中最接近的主题分类，或在 site.json 的 `topics` 中自定义。"),
        .init("genre.unknown", .error, "体裁分类不是公文种类", "改成提示中最接近的公文种类，或在 site.json 的 `genres` 中自定义。"),
        .init("slug.unsafe", .error, "网址名称不安全", "slug 含 `/`、`..` 等会写出输出文件夹的字符；只用英文字母、数字、`-`、`_`。"),
        .init("slug.missing", .error, "无法确定网址名称", "文件名含中文又没有索引号；加 `slug: 英文名`，或改用英文文件名。"),
        .init("attachment.missing", .error, "附件不存在", "附件路径相对于本文件（如 `files/预算表.pdf`），文件要放在 `content/` 下。"),
        .init("attachment.outside", .error, "附件在网站外面", "附件路径跑到了网站文件夹外面；把附件放进 `content/`。"),
        .init("attachment.invalid", .error, "附件写法不对", "附件写文件路径，或 `{file: 路径, title: 名称}`。"),
        // Resolving the site
        .init("url.duplicate", .error, "两个文件网址相同", "同一栏目中两个文件的 slug 相同；给其中一个加 `slug: 另一个英文名`。"),
        .init("index-no.duplicate", .error, "索引号重复", "两个文件用了同一个索引号；改其中一个，`gongkai new` 会分配下一个可用的索引号。"),
        .init("node.page-document", .error, "单页栏目中有文件", "单页栏目只能有 `_index.md`；把文件移到列表栏目，或把内容写进 `_index.md`。"),
        .init("interprets.missing", .error, "政策解读没有解读对象", "政策解读栏目中的文件要在 `interprets`（解读对象）中写所解读文件的索引号。"),
        .init("interprets.target-missing", .error, "解读对象找不到", "`interprets` 中的索引号没有文件使用；改成提示中最接近的索引号。"),
        .init("interprets.other-member", .warning, "解读对象是另一机构的文件", "单独构建站群成员时，`interprets` 中带另一机构代码的索引号在本网站找不到；它在站群构建中按索引号在其他成员中查找并互相链接，单独构建时不链接。"),
        .init("interprets.unpublished", .error, "解读对象尚未发布", "所解读的文件是草稿或还没到发布日期，解读无法链接到它。"),
        .init("interprets.self", .error, "解读对象是自己", "`interprets` 不能写本文件自己的索引号。"),
        // Checks an inspector applies
        .init("privacy.resident-id", .error, "正文中有身份证号码", "校验位和出生日期都正确的 18 位身份证号码（全角数字也算）；删去或遮蔽（`35*************123`），依法公示的写 `公开理由: 依据《……》公示`。"),
        .init("privacy.mobile", .error, "正文中有手机号码", "大陆手机号码（含 `+86`、分段写法）；删去或遮蔽（`138****5678`），依法公示的写 `公开理由`。"),
        .init("privacy.bank-card", .error, "正文中有银行卡号", "16–19 位且通过 Luhn 校验的卡号；删去或遮蔽，依法公示的写 `公开理由`。"),
        .init("index-no.pattern", .warning, "索引号格式不符", "索引号不符合 site.json `index_number.pattern`（默认 `机构代码/年份-5位序号`），提示指出第一处不符；`gongkai new` 分配的索引号一定符合。"),
        .init("doc-no.format", .warning, "文号写法不规范", "应为“机关代字〔年份〕序号号”：六角括号〔〕，序号不编虚位、不加“第”，如 `青政办〔2024〕3号`。"),
        .init("publish.late", .warning, "公开不及时", "发布日期比成文日期晚了超过 `publish_deadline_workdays`（默认 20）个工作日（条例第二十六条）；今后及时公开，日期写错时改正。"),
        .init("interpretation.late", .warning, "解读不同步", "政策解读比所解读的文件晚发布超过 `interpretation_deadline_workdays`（默认 3）个工作日；解读应与文件同步发布。"),
        .init("interpretation.form", .error, "解读形式无效", "`interpretation_form`（解读形式）只能是 文字解读、图文解读、图解、政策问答、视频解读、音频解读、新闻发布会、专家解读、媒体解读、在线访谈；提示给出最接近的值。"),
        .init("interpretation.graphic-text", .error, "图解没有文字版本", "图解的正文只有图片；用文字写出图中的要点（标题、数字、结论），看不到图片的人才能了解内容。"),
        .init("interpretation.graphic-alt", .error, "图解的图片没有替代文字", "图解中的图片要在方括号中写替代文字：`![2024年预算收入构成：……](files/收入.png)`。"),
        .init("interpretation.captions", .error, "视频、音频解读没有字幕或文字实录", "视频解读、音频解读的 `attachments` 中要有字幕文件（`.vtt`，网页播放器显示字幕）或文字实录（`.txt`，或标题含“文字实录”的附件）。"),
        .init("a11y.image-alt", .warning, "图片没有替代文字", "正文中的图片 `![](…)` 方括号里是空的；写出图片的内容，如 `![镇政府办公楼外景](files/楼.jpg)`（GB/T 37668、适老化要求提供文字替代）。"),
        .init("a11y.table-header", .warning, "表格没有表头行", "表格第一行是空的，或 csv 表格写了 `header=false`；第一行写各列的名称，读屏软件才能读出每个单元格属于哪一列。"),
        .init("a11y.heading-skip", .warning, "标题跳级", "标题层级跳了级（如 `##` 后面直接是 `#####`，或正文第一个标题是 `###`）；文件标题是第 1 级，正文从 `##` 开始逐级使用。"),
        .init("a11y.link-text", .warning, "链接文字没有意义", "链接文字只有“点击这里”“详见”“更多”“here”之类；把链接放在说明去处的文字上，如“详见[《……办法》](…)”。"),
        .init("a11y.scan-only", .warning, "正文只有图片或扫描件", "正文没有文字，只有图片或 PDF、图片格式的扫描件（正文中或附件）；把文字贴进正文，扫描件作为附件保留。"),
        .init("holidays.unknown-year", .warning, "缺少某年的节假日安排", "公开时限或解读时限要数某一年的工作日，但内置的国务院办公厅节假日安排（2020 年起已核对的年份）和 site.json 的 `holidays` 都没有这一年，这一年暂按周一至周五都上班计算；在 `holidays` 中写上这一年的节假日和调休上班日。每年只提示一次。"),
        .init("interpretation.missing", .warning, "规范性文件没有解读", "有效的行政规范性文件没有政策解读；在政策解读栏目发布解读（`gongkai new zcjd 标题 --interprets 索引号`）。"),
        .init("node.empty", .warning, "空白栏目", "列表栏目（含下级栏目）没有一篇已发布的文件，或单页栏目没有 `_index.md` 正文；发布信息，确实没有的发一篇说明或从 `catalog` 删去。"),
        .init("node.stale", .warning, "栏目不更新", "栏目最新一篇文件的发布日期距“今天”超过了它的期限：动态类 14 天，通知公告、政策文件、解读类 180 天，人事、规划、财政类 365 天（国办秘函〔2019〕19号），指南、制度、机构职能不限；`column_type` 改栏目类型，`fresh_days` 改天数（0 为不检查）。"),
        .init("home.stale", .warning, "专栏首页不更新", "全站最新一篇文件距“今天”超过 14 天（site.json 顶层 `fresh_days`，0 为不检查）；及时发布动态类信息。"),
        .init("application.missing", .warning, "没有依申请公开栏目", "公开目录中没有 `kind: application` 的栏目；加上后 gongkai 生成申请渠道、办理规则和申请表（网页和 Word）。"),
        .init("application.incomplete", .warning, "依申请公开缺少渠道信息", "依申请公开页缺少受理地址、办公时间、邮政编码、电子邮箱（或网上申请）或咨询电话；在 site.json 的 `agency` 和 `application` 中填写。"),
        .init("footer.incomplete", .warning, "网站页脚不完整", "`footer` 缺少网站标识码、党政机关网站标识链接、ICP 备案号、公安备案号或主办单位，这些是政府网站检查的必查项。"),
        .init("link.broken", .warning, "链接的文件不存在", "正文（含栏目的 `_index.md`）中链接的 `.md` 文件或附件不存在，或是草稿、未到发布日期的文件；检查相对路径，如 `../gfxwj/2024-01.md`。`check` 和 `build` 用同一套规则解析链接。"),
        .init("link.anchor", .warning, "锚点找不到", "`#锚点` 没有对应的小标题，提示列出可用的锚点；`## 二、工作要求` 的锚点是 `#二工作要求`。"),
        .init("content.placeholder", .warning, "正文还有占位内容", "正文或栏目介绍中还有【请填写…】；改为实际内容。"),
        .init("validity.order", .error, "有效期至早于施行日期", "`有效期至`（valid_until）是有效期的最后一天，应在 `施行日期`（valid_from，未写时为发布日期）之后；多半是年份写错。"),
        .init("relation.target-missing", .error, "代替、修订、废止的文件找不到", "`代替`/`修订`/`废止`（replaces/revises/abolishes）中的索引号没有已发布的文件使用（或是草稿、未到发布日期）；改成提示中最接近的索引号。"),
        .init("relation.self", .error, "文件代替、修订或废止自己", "`代替`/`修订`/`废止` 中写了本文件自己的索引号；写被本文件代替、修订或废止的旧文件的索引号。"),
        .init("relation.cycle", .error, "代替关系形成循环", "几个文件互相代替、修订或废止（甲代替乙、乙又代替甲）；只在较新的文件上写它代替的旧文件。"),
        .init("relation.conflict", .error, "同一文件在不同日期被废止两次", "两个文件都代替或废止同一个旧文件，生效日期却不同；删去其中一个，或核对施行日期。"),
        .init("validity.missing", .warning, "行政规范性文件没有有效期", "行政规范性文件应写明有效期：加 `有效期至: 2030-03-09`（最后一天），可加 `施行日期`；site.json `policy_documents.require_validity: false` 可关闭。"),
        .init("validity.trial-too-long", .warning, "试行、暂行文件有效期过长", "标题含“试行”“暂行”的文件有效期超过 `policy_documents.trial_max_years`（默认 2）年；缩短有效期，或去掉“试行”。"),
        .init("validity.too-long", .warning, "有效期过长", "有效期超过 `policy_documents.max_years`（默认 5）年；按规定缩短有效期。"),
        .init("validity.expiring", .warning, "即将到期，请组织评估", "现行有效的文件将在 `policy_documents.expiry_warning_days`（默认 90）天内到期；及时评估，需要继续施行的重新发布或延长有效期，到期后自动显示为失效。"),
        .init("validity.status-conflict", .warning, "有效性与有效期、代替关系矛盾", "写明的有效性与日期或代替、废止关系得出的不一致（如有效期已过仍写“有效”）；页面按日期和关系显示，删去 `有效性` 这一行即可。"),
        .init("relation.abolished-mismatch", .warning, "废止日期与代替关系不一致", "旧文件写的 `废止日期` 与新文件代替、废止它的生效日期（施行日期，未写时为发布日期）不同；删去旧文件的废止日期，或改正新文件的施行日期。"),
        .init("markdown.csv", .warning, "CSV 表格无法解析", "```` ```csv ```` 代码块中的内容不是合法的 CSV（多半是引号没有成对），按代码块显示；检查英文双引号。"),
        // 意见征集 and 公示期, README “意见征集” and “公示期”
        .init("consultation.window-missing", .error, "意见征集缺少征集期", "意见征集栏目中的征求意见稿要写 `征集开始` 和 `征集截止`（consultation_start、consultation_end）；页面按这两天显示征集状态。"),
        .init("consultation.window-reversed", .error, "征集截止早于征集开始", "`征集截止` 是征集期的最后一天，应不早于 `征集开始`；多半是年份或月份写错。"),
        .init("consultation.window-short", .error, "征集期不足且没有缩短理由", "征集期（首尾两天都算）少于 site.json `consultations.min_days`（默认 30）天；重大行政决策草案征求意见一般不少于 30 日，缩短的要加 `缩短理由`（显示在页面上）。"),
        .init("consultation.published-after-end", .error, "征集截止后才发布", "征求意见稿的发布日期晚于 `征集截止`，公众没有机会提意见；核对发布日期和征集期。"),
        .init("consultation.feedback-target", .error, "采纳情况指向的意见征集找不到", "`采纳情况`（feedback）中的索引号没有已发布的文档使用，或那篇文档不是意见征集栏目中的征求意见稿；写所反馈的征求意见稿的索引号。"),
        .init("consultation.decision-missing", .error, "决策文件找不到", "`决策文件`（decision）中的索引号没有已发布的文档使用（或是草稿、未到发布日期）；决策文件发布后再填写。"),
        .init("publicity.period-invalid", .error, "公示期写错", "`公示期` 应写作 `2025-11-10至2025-11-16`（或两个日期的列表），结束日期不早于开始日期。"),
        .init("consultation.window-outside", .warning, "征集期写在了意见征集栏目之外", "`征集开始`、`征集截止` 只用于 kind 为 consultations 的栏目中的征求意见稿，别处的文件（包括采纳情况的反馈）不显示征集状态；移动文件或删去这两行。"),
        .init("consultation.feedback-overdue", .warning, "意见征集结束后迟迟没有反馈", "征集截止已超过 site.json `consultations.feedback_days`（默认 30）天，还没有发布写了 `采纳情况: <索引号>` 的反馈；发布意见采纳情况。"),
        .init("publicity.no-end", .warning, "含个人信息的公示没有结束日期", "写了 `公开理由`（privacy_exempt）的公示（有 `公示期` 或标题含“公示”）没有公示期的结束日期，期满后不会自动撤下；加 `公示期: 开始至结束`。"),
        // The annual report (年报), README “年度报告”
        .init("report.balance", .error, "表三某列不平", "表三每一列（包括总计列）都要满足：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。指向该列的（七）总计。"),
        .init("report.results-total", .error, "表三（七）总计与各项之和不符", "某列的（七）总计 ≠ （一）予以公开 +（二）部分公开 + 不予公开 1–8 + 无法提供 1–3 + 不予处理 1–5 + 其他处理 1–3。"),
        .init("report.row-total", .error, "表三某行总计与六类申请人之和不符", "每一行的总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。"),
        .init("report.review-total", .error, "表四总计不符", "行政复议、两类行政诉讼各自的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。"),
        .init("report.number-invalid", .error, "数字无效", "负数、件数不是整数、金额超过两位小数、不是数字、没填。"),
        .init("report.regulatory-mismatch", .error, "行政规范性文件件数与网站不符", "表二“行政规范性文件”写的本年制发、本年废止或现行有效件数与网站统计（`gongkai stats` 的算法）不同；诊断写出两个数字和统计到的文件。改数字、改文件的日期和有效性，或删去这一行由 gongkai 填写。"),
        .init("report.carry-over", .error, "上年结转与上年报告不符", "今年表三“二、上年结转”≠ 上一年度报告“四、结转下年度继续办理”，逐列比较（两份报告都在网站上时）。诊断写出上年报告中那个数字的位置。"),
        .init("report.year-duplicate", .error, "同一年度有两篇报告", "两篇文档的报告年度相同。"),
        .init("report.block-syntax", .error, "数据块格式有误", "数据块不是“行名: 数字”的形式，或括号没有闭合等。"),
        .init("report.block-unknown", .error, "没有这个表", "代码块名以“年报表”开头，但不是年报表二、三、四。"),
        .init("report.block-duplicate", .error, "表写了两次", "同一篇报告里有两个同名的数据块。"),
        .init("report.row-unknown", .error, "没有这一行", "行名不认识；提示最接近的正式行名。"),
        .init("report.row-duplicate", .error, "同一行写了两次", "同一个数据块中一行出现两次（包括正式名称和简称各写一次）。"),
        .init("report.row-shape", .error, "一行的数字个数不对", "如表三一行只写了 3 个数。"),
        .init("report.column-unknown", .error, "没有这一列", "按列名写时列名不认识；提示最接近的列名。"),
        .init("report.year-invalid", .error, "报告年度无效", "`报告年度` 不是四位数字年份。"),
        .init("report.year-missing", .warning, "缺少报告年度", "没写 `报告年度`，按标题中的年份处理；加一行 `报告年度: 2024`。"),
        .init("report.year-unknown", .error, "无法确定报告年度", "没写 `报告年度`，标题中也找不到年份；加一行 `报告年度: 2024`（报告的是哪一年的工作）。"),
        .init("report.missing", .warning, "年报未按期公布", "过了 N 年 1 月 31 日（按构建的“今天”），年报栏目中还没有 N−1 年度的报告。"),
        .init("report.late", .warning, "年报公布晚了", "N 年度报告的发布日期晚于 N+1 年 1 月 31 日。"),
        .init("report.wrong-node", .warning, "年报不在年报栏目", "有报告年度或年报数据块的文档放在了其他栏目。"),
        .init("report.tables-missing", .warning, "表格无法核对", "2021 年度及以后的报告缺少某个数据块（表格是手写的 Markdown 表格），这些表格无法核对。"),
        // Theme
        .init("theme.missing", .error, "主题不存在", "site.json 的 `theme` 指向的 `themes/<名称>/` 不存在；删去 `theme` 即用内置默认主题。"),
        .init("theme.template-syntax", .error, "模板语法错误", "主题中的 Mustache 模板写错了；按指出的行列改正。"),
        .init("theme.template-missing", .error, "模板引用的子模板不存在", "模板中的 `{{> 名称}}` 找不到；检查名称或补上模板。"),
        .init("theme.labels", .error, "界面文字文件语法错误", "主题的界面文字文件（labels）写错了；按指出的行列改正。"),
        // Editing (gongkai new)
        .init("ledger.malformed", .warning, "索引号登记簿有无法识别的行", "`content/.index-numbers` 中这一行不是“索引号、发布日期、文件、标题”；改正或从 git 历史恢复。"),
        .init("ledger.recreated", .warning, "索引号登记簿已重建", "`content/.index-numbers` 不存在，`gongkai new` 按现有文档重新建立；已删除文档的号码找不回来，网站在 git 中时从历史恢复。"),
        // Importing (gongkai import)
        .init("import.converter-missing", .error, "导入需要的转换程序没有安装", "导入 Word 和网页要用 pandoc，PDF 要用 pdftotext，旧版 .doc/.wps 要用 LibreOffice；按提示安装 Debian 软件包（`sudo apt-get install pandoc poppler-utils`，旧版 Word 再加 `libreoffice-writer`）。"),
        .init("import.conversion-failed", .error, "文件无法转换", "转换程序读不了这个文件：可能已损坏、有密码或不是扩展名所说的格式；用 Word 或 WPS 打开后另存为 .docx 再导入。"),
        .init("import.scanned-pdf", .error, "PDF 是扫描件，没有文字", "PDF 没有文字层，导入只会得到空文档，所以没有导入；向发文单位要 Word 版或可复制文字的 PDF。"),
        .init("import.unsupported", .error, "不能导入这种文件", "可以导入 .docx、.doc、.wps、.pdf、.html、.htm、.txt；其他文件（如 .xlsx）只能作为附件与正文文件一起给出。"),
        .init("import.unreadable", .error, "要导入的文件无法读取", "文件不存在或没有读取权限；检查路径。"),
        .init("import.encoding", .error, "要导入的文件编码无法识别", "文本或网页既不是 UTF-8 也不是 GB18030（GBK）；另存为 UTF-8 再导入。"),
        .init("import.empty", .error, "要导入的文件没有文字", "文件中没有任何文字，没有导入；检查是否选错了文件。"),
        .init("import.write-failed", .error, "导入的文档没有写入", "文档写不进栏目文件夹（磁盘已满、没有权限，或保留的索引号已被其他文档使用）；已复制的图片和附件已删除，按提示处理后再导入。"),
        // Site groups (group.json), README “站群”
        .init("group.missing", .error, "找不到 group.json", "站群命令要在有 group.json 的站群文件夹中运行，或用 `--site` 指定站群文件夹。"),
        .init("group.syntax", .error, "group.json 语法错误", "group.json 不是合法的 JSON（多了或少了逗号、引号、括号）；按指出的行列改正。"),
        .init("group.field", .error, "group.json 缺少平台名称", "group.json 要有 `title`（平台名称），门户首页和每页标题都用它。"),
        .init("group.members-empty", .error, "站群没有成员", "group.json 的 `members` 至少要有一个成员。"),
        .init("group.member-field", .error, "成员缺少必填项", "每个成员都要有 `id`（网址段）、`title`（机构名称）和 `path`（成员网站文件夹）。"),
        .init("group.member-id", .error, "成员 id 不能用作网址段", "成员 id 只用小写英文字母、数字、`-`、`_`，且不能是 assets、search。"),
        .init("group.member-kind", .error, "成员类型无效", "`kind` 只能是 政府、部门、乡镇街道、其他。"),
        .init("group.member-duplicate", .error, "成员 id 重复", "两个成员用了同一个 id，会生成到同一个文件夹；改其中一个。"),
        .init("group.member-path", .error, "成员文件夹不存在或不是网站", "`path` 指向的文件夹不存在，或其中没有 site.json；路径相对于 group.json 所在文件夹。"),
        .init("group.agency-code", .error, "两个成员的机构代码相同", "机构代码（site.json 的 `agency.code`）是索引号的前缀，站群中每个机构必须不同。"),
        .init("group.index-no-duplicate", .error, "索引号在站群中重复", "两个成员发布了同一个索引号；索引号在整个站群中必须唯一，检查机构代码或改正索引号。"),
        // Output
        .init("output.refused", .error, "拒绝写入输出文件夹", "输出文件夹包含网站本身或 `content/`，或是一个不是 gongkai 生成的非空文件夹；换一个输出文件夹。"),
        .init("output.write", .error, "无法写入输出文件夹", "磁盘已满或没有写入权限；原有输出不变，解决后重新构建。"),
    ]

    private static let byID: [String: DiagnosticKind] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The kind with this id, or nil for an id no code may use.
    public static func kind(_ id: String) -> DiagnosticKind? { byID[id] }

    /// The README's 检查项目 tables: errors, then warnings, each in registry order.
    public static var markdownTables: String {
        var text = ""
        for (severity, heading) in [(Diagnostic.Severity.error, "### 错误（必须改正）"), (.warning, "### 警告（会被抽查扣分）")] {
            text += "\(heading)\n\n| id | 问题 | 说明和改法 |\n|---|---|---|\n"
            for kind in all where kind.severity == severity {
                text += "| `\(kind.id)` | \(kind.title) | \(kind.explanation.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")) |\n"
            }
            text += "\n"
        }
        return text
    }
}
