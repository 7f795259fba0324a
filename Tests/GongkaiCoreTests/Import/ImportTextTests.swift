import Foundation
import Testing
@testable import GongkaiCore

@Suite("import: reading 公文 text")
struct ImportTextTests {
    @Test("成文日期 in Arabic numerals, Chinese numerals and run together", arguments: [
        ("2024年3月19日", "2024-03-19"), ("2021年03月19日", "2021-03-19"), ("二〇二四年三月十九日", "2024-03-19"),
        ("二○二三年十二月三十一日", "2023-12-31"), ("二〇二四年十月十日", "2024-10-10"), ("20161229", "2016-12-29"),
        ("2017-01-03 16:00", "2017-01-03"), ("２０２４年３月１９日", "2024-03-19"),
    ])
    func dates(text: String, expected: String) {
        #expect(ImportedDate.day(text)?.description == expected)
    }

    @Test("text that is not one whole date is not read as one", arguments: ["二〇二四年十三月一日", "2024年3月19日印发", "三月十九日", "20161332"])
    func notDates(text: String) {
        #expect(ImportedDate.day(text) == nil)
    }

    @Test("发文字号 written with other brackets or a lost bracket is normalised to 〔〕", arguments: [
        ("青政发〔2024〕3号", "青政发〔2024〕3号"), ("青环函[2024]12号", "青环函〔2024〕12号"), ("青政办（2023）第5号", "青政办〔2023〕5号"),
        ("侯政办〔2016151号", "侯政办〔2016〕151号"), ("青政 〔 2024 〕 7 号", "青政〔2024〕7号"), ("青政〔2024〕3号　　签发人：张明", "青政〔2024〕3号"),
    ])
    func documentNumbers(text: String, expected: String) {
        let found = ImportedDocumentNumber.find(in: text)
        #expect(found?.number == expected)
        #expect(found?.wholeLine == true)
    }

    @Test("a 文号 cited inside a sentence is found but is not the whole line")
    func citedNumber() {
        let found = ImportedDocumentNumber.find(in: "按照《关于……的通知》（侯政办〔2016〕296号）的要求")
        #expect(found?.number == "侯政办〔2016〕296号")
        #expect(found?.wholeLine == false)
    }

    @Test("the four 公文 heading levels, and numbered sentences that are not headings", arguments: [
        ("一、总体要求", 1), ("（一）工作目标", 2), ("(七)平台渠道建设情况", 2), ("1. 工作措施", 3), ("2、保障措施", 3), ("（1）保洁队伍", 4),
        ("1. 到2025年底，全镇农村生活垃圾收运处置体系覆盖所有行政村。", nil), ("（一）领导重视，认真安排。为进一步加强……", nil),
        ("4、党政主要领导经常召开政策宣讲会,接受县电视台采访,", nil), ("1.5万元用于道路维修", nil), ("十二、附则", 1),
    ] as [(String, Int?)])
    func headings(text: String, level: Int?) {
        #expect(HeadingPattern.headingLevel(of: text) == level)
    }

    @Test("heading levels are configurable and checked")
    func headingLevels() {
        #expect(HeadingLevels(parsing: "3,4,5,6")?.markdownLevel(1) == 3)
        #expect(HeadingLevels(parsing: "2，3，4，5") == .standard)
        #expect(HeadingLevels(parsing: "2,3,4") == nil)
        #expect(HeadingLevels(parsing: "2,3,4,7") == nil)
    }

    @Test("spaces and soft line breaks between Chinese characters are dropped, others kept as one space")
    func normalize() {
        #expect(ImportText.normalize("　　全镇农村生活垃圾\n收运处置体系") == "全镇农村生活垃圾收运处置体系")
        #expect(ImportText.normalize("Word  自动编号") == "Word 自动编号")
        #expect(ImportText.squeezed("分  类") == "分类")
    }

    @Test("a paragraph beginning like Markdown syntax stays a paragraph")
    func escapes() {
        #expect(ImportText.escapeBlockStart("1. 到2025年底") == "1\\. 到2025年底")
        #expect(ImportText.escapeBlockStart("# 号") == "\\# 号")
        #expect(ImportText.escapeBlockStart("1、已按要求") == "1、已按要求")
        #expect(ImportText.escapeMarkdown("a*b_c") == "a\\*b\\_c")
    }

    @Test("the real page's metadata line, with spaces inside labels and empty 文号 and 时效性")
    func metadataLine() throws {
        let line = "索引号:00822061-4/2021-00019 分  类:综合政务 发文机关:儋州市大成镇 成文日期:2021年03月19日 文 号: 发布日期:2021年03月19日 时效性:"
        let pairs = try #require(LegacyPageMetadata.pairs(in: line, minimum: 2))
        #expect(pairs.map(\.1) == ["00822061-4/2021-00019", "综合政务", "儋州市大成镇", "2021年03月19日", "", "2021年03月19日", ""])
    }

    @Test("a page's <title> loses the site's name")
    func pageTitle() {
        #expect(LegacyPageMetadata.titleWithoutSiteName("青山镇2024年第一季度财政预算执行情况-青山县人民政府网") == "青山镇2024年第一季度财政预算执行情况")
        #expect(LegacyPageMetadata.titleWithoutSiteName("公示_青山县人民政府") == "公示")
        #expect(LegacyPageMetadata.titleWithoutSiteName("关于G15-K20路段施工的通告") == "关于G15-K20路段施工的通告")
    }

    @Test("PDF lines wrapped inside a paragraph are joined; headings and page numbers are not")
    func pdfLines() {
        let text = "当前正值森林防火关键期，为切实做好森林防火工作，\n现将有关事项通知如下：\n一、落实防火责任\n— 2 —\n各村要落实网格化管理责任。\n"
        let blocks = PlainTextReader.read(text, joinWrappedLines: true)
        #expect(blocks.compactMap(\.text) == ["当前正值森林防火关键期，为切实做好森林防火工作，现将有关事项通知如下：", "一、落实防火责任", "各村要落实网格化管理责任。"])
    }

    @Test("a 署名 is matched to the site's publishers only when it names one of them")
    func publisher() {
        let recognizer = GongwenRecognizer(knownPublishers: ["青山镇人民政府", "青山镇党政综合办公室"])
        #expect(recognizer.matchPublisher("青山镇人民政府") == "青山镇人民政府")
        #expect(recognizer.matchPublisher("青山镇人民政") == "青山镇人民政府")
        #expect(recognizer.matchPublisher("青 山 镇 人 民 政 府") == "青山镇人民政府")
        #expect(recognizer.matchPublisher("青山镇生态环境办公室") == "青山镇生态环境办公室")
    }
}
