import Testing
@testable import GongkaiCore

@Suite("DocumentNumberFormat")
struct DocumentNumberFormatTests {
    let format = DocumentNumberFormat()

    @Test("accepts 文号 in 机关代字〔YYYY〕N号 form", arguments: [
        "青政办〔2024〕3号",
        "国发〔2023〕12号",
        "青政办函〔2024〕15号",
        "国办发明电〔2020〕8号",
        "中共青山镇委〔2024〕101号",
        "闽政〔1949〕1号",
        "青政〔2100〕1000号",
        "青A办〔2024〕7号",
        "青政办2〔2024〕7号",
    ])
    func acceptsWellFormed(docNo: String) {
        #expect(format.check(docNo) == nil)
    }

    @Test("suggests 六角括号 for every other bracket pair", arguments: [
        ("青政办[2024]3号", "[]"),
        ("青政办［2024］3号", "［］"),
        ("青政办（2024）3号", "（）"),
        ("青政办(2024)3号", "()"),
        ("青政办【2024】3号", "【】"),
        ("青政办〖2024〗3号", "〖〗"),
        ("青政办﹝2024﹞3号", "﹝﹞"),
        ("青政办〔2024]3号", "〔]"),
        ("青政办[2024〕3号", "[〕"),
    ])
    func fixesBrackets(docNo: String, found: String) throws {
        let problem = try #require(format.check(docNo))
        #expect(problem.issues == [.wrongBrackets(found: found)])
        #expect(problem.suggestion == "青政办〔2024〕3号")
        #expect(problem.message.contains("六角括号〔〕"))
        #expect(problem.hint == "应为 \"青政办〔2024〕3号\"")
    }

    @Test("suggests brackets when one or both are missing", arguments: [
        ("青政办〔20243号", DocumentNumberProblem.Issue.wrongBrackets(found: "〔…")),
        ("青政办2024〕3号", .wrongBrackets(found: "…〕")),
        ("青政办2024年3号", .wrongBrackets(found: "")),
        ("青政办2024-3号", .wrongBrackets(found: "")),
    ])
    func fixesMissingBrackets(docNo: String, issue: DocumentNumberProblem.Issue) throws {
        let problem = try #require(format.check(docNo))
        #expect(problem.issues == [issue])
        #expect(problem.suggestion == "青政办〔2024〕3号")
    }

    @Test("fixes the serial number and 号", arguments: [
        ("青政办〔2024〕03号", [DocumentNumberProblem.Issue.leadingZero], "青政办〔2024〕3号"),
        ("青政办〔2024〕003号", [.leadingZero], "青政办〔2024〕3号"),
        ("青政办〔2024〕第3号", [.ordinalPrefix], "青政办〔2024〕3号"),
        ("青政办〔2024〕第03号", [.ordinalPrefix, .leadingZero], "青政办〔2024〕3号"),
        ("青政办〔2024〕3", [.missingHao], "青政办〔2024〕3号"),
        ("青政办〔2024〕10", [.missingHao], "青政办〔2024〕10号"),
        ("青政办〔2024〕3號", [.traditionalHao], "青政办〔2024〕3号"),
        ("青政办〔2024〕3号文", [.trailingText("文")], "青政办〔2024〕3号"),
        ("青政办〔２０２４〕３号", [.fullWidthDigits], "青政办〔2024〕3号"),
        ("青政办〔二〇二四〕3号", [.chineseNumerals], "青政办〔2024〕3号"),
        (" 青政办 〔2024〕 3号 ", [.whitespace], "青政办〔2024〕3号"),
        ("青政办[2024]第03号", [.wrongBrackets(found: "[]"), .ordinalPrefix, .leadingZero], "青政办〔2024〕3号"),
    ])
    func fixesSerial(docNo: String, issues: [DocumentNumberProblem.Issue], suggestion: String) throws {
        let problem = try #require(format.check(docNo))
        #expect(problem.issues == issues)
        #expect(problem.suggestion == suggestion)
        #expect(problem.text == docNo)
    }

    @Test("reports problems it cannot fix without a suggestion", arguments: [
        ("青政办3号", [DocumentNumberProblem.Issue.missingYear]),
        ("青政办〔〕3号", [.missingYear]),
        ("青政办〔24〕3号", [.malformedYear]),
        ("青政办〔今年〕3号", [.malformedYear]),
        ("青政办〔1900〕3号", [.yearOutOfRange(year: 1900, allowed: 1949...2100)]),
        ("青政办〔2101〕3号", [.yearOutOfRange(year: 2101, allowed: 1949...2100)]),
        ("青政办〔1948〕3号", [.yearOutOfRange(year: 1948, allowed: 1949...2100)]),
        ("〔2024〕3号", [.missingAgency]),
        ("2024年3号", [.wrongBrackets(found: ""), .missingAgency]),
        ("QZB〔2024〕3号", [.invalidAgency]),
        ("青政办-〔2024〕3号", [.invalidAgency]),
        ("青政办〔2024〕号", [.missingNumber]),
        ("青政办〔2024〕", [.missingNumber]),
        ("青政办〔2024〕0号", [.zeroNumber]),
        ("青政办〔2024〕00号", [.zeroNumber]),
        ("", [.empty]),
        ("   ", [.empty]),
    ])
    func reportsUnfixable(docNo: String, issues: [DocumentNumberProblem.Issue]) throws {
        let problem = try #require(format.check(docNo))
        #expect(problem.issues == issues)
        #expect(problem.suggestion == nil)
        #expect(problem.hint == nil)
    }

    @Test("uses the fallback year in the suggestion when the year is missing")
    func fallbackYear() throws {
        let problem = try #require(format.check("青政办第3号", fallbackYear: 2024))
        #expect(problem.issues == [.missingYear, .ordinalPrefix])
        #expect(problem.suggestion == "青政办〔2024〕3号")
        #expect(format.check("青政办〔2023〕3号", fallbackYear: 2024) == nil)
        #expect(format.check("青政办3号", fallbackYear: 1900)?.suggestion == nil)
    }

    @Test("treats a 20-digit serial without overflow")
    func longSerial() throws {
        let problem = try #require(format.check("青政办〔2024〕012345678901234567890号"))
        #expect(problem.suggestion == "青政办〔2024〕12345678901234567890号")
    }

    @Test("honours a custom year range")
    func customYears() {
        let strict = DocumentNumberFormat(validYears: 2000...2030)
        #expect(strict.check("青政办〔2024〕3号") == nil)
        #expect(strict.check("青政办〔1999〕3号")?.issues == [.yearOutOfRange(year: 1999, allowed: 2000...2030)])
    }

    @Test("writes one Chinese message naming the 文号 and every issue")
    func message() throws {
        let problem = try #require(format.check("青政办[2024]03号"))
        #expect(problem.message == "文号 \"青政办[2024]03号\" 不符合\"机关代字〔年份〕序号号\"格式：年份应使用六角括号〔〕，不能用\"[]\"；发文顺序号不编虚位（不加前导零）")
        let outOfRange = try #require(format.check("青政办〔1900〕3号"))
        #expect(outOfRange.message.hasSuffix("年份 1900 不在 1949–2100 之间"))
    }

    @Test("every issue has a Chinese description", arguments: [
        DocumentNumberProblem.Issue.empty, .whitespace, .missingAgency, .invalidAgency, .wrongBrackets(found: "[]"),
        .wrongBrackets(found: ""), .missingYear, .malformedYear, .yearOutOfRange(year: 1, allowed: 1949...2100),
        .fullWidthDigits, .chineseNumerals, .ordinalPrefix, .missingNumber, .leadingZero, .zeroNumber,
        .missingHao, .traditionalHao, .trailingText("文"),
    ])
    func describesIssues(issue: DocumentNumberProblem.Issue) {
        #expect(!issue.description.isEmpty)
        #expect(issue.description.unicodeScalars.contains { $0.properties.isIdeographic })
    }
}
