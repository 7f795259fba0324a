import Testing
@testable import GongkaiCore

@Suite struct IndexNumberPatternTests {
    @Test func theStandardPatternFormatsWithAZeroPaddedFiveDigitSerial() throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        #expect(pattern.format(code: "00822061-4", year: 2024, serial: 17) == "00822061-4/2024-00017")
        #expect(pattern.serialWidth == 5)
        #expect(pattern.countsPerYear)
    }

    @Test func aNumberIsMatchedBackIntoItsYearAndSerial() throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        let parts = try #require(pattern.match("00822061-4/2024-00017", code: "00822061-4"))
        #expect(parts.year == 2024)
        #expect(parts.serial == 17)
    }

    @Test(arguments: ["00822061-4/2024-017", "99999999-9/2024-00017", "00822061-4/24-00017", "00822061-4/2024-00017x", ""])
    func numbersThatDoNotFitThePatternDoNotMatch(_ number: String) throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        #expect(pattern.match(number, code: "00822061-4") == nil)
    }

    @Test func aSerialWiderThanTheWidthStillMatches() throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        #expect(pattern.match("00822061-4/2024-100000", code: "00822061-4")?.serial == 100_000)
    }

    @Test func adjacentPlaceholdersAreMatchedByBacktracking() throws {
        let pattern = try IndexNumberPattern("QS{year}{serial:3}")
        #expect(pattern.format(code: "x", year: 2025, serial: 7) == "QS2025007")
        let parts = try #require(pattern.match("QS2025007", code: "x"))
        #expect(parts.year == 2025 && parts.serial == 7)
    }

    @Test(arguments: [
        ("{code}/{month}-{serial:5}", IndexNumberPattern.ParseError.unknownPlaceholder("month")),
        ("{code}/{year}-{serial:0}", .badWidth("0")),
        ("{code}/{year}", .missingSerial),
        ("{code}/{year}-{serial:5", .unterminatedPlaceholder),
        ("{serial}-{serial:3}", .repeatedPlaceholder("serial")),
    ])
    func unusablePatternsAreRejectedWithAReason(_ text: String, _ expected: IndexNumberPattern.ParseError) {
        #expect(throws: expected) { try IndexNumberPattern(text) }
        #expect(!expected.message.isEmpty)
    }

    @Test func aPatternWithoutYearCountsSerialsAcrossYears() throws {
        let pattern = try IndexNumberPattern("{code}-{serial:4}")
        #expect(!pattern.countsPerYear)
        #expect(pattern.match("A1-0012", code: "A1")?.year == nil)
    }
}

@Suite struct IndexNumberPatternAnyCodeTests {
    @Test(arguments: [
        ("12345678-9/2024-00017", 2024, 17),
        ("【请填写机构代码】/2026-00002", 2026, 2),
        ("a/b/2025-00100", 2025, 100),
    ])
    func anyCodeMatchesGiveTheYearAndSerial(number: String, year: Int, serial: Int) throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        let parts = try #require(pattern.matchAnyCode(number))
        #expect(parts.year == year)
        #expect(parts.serial == serial)
    }

    @Test(arguments: ["2024-00017", "/2024-00017", "有 空格/2024-00017", "12345678-9/2024-17", "2026-03-19"])
    func textThatIsNoIndexNumberDoesNotMatchAnyCode(text: String) throws {
        let pattern = try IndexNumberPattern(IndexNumberPattern.standard)
        #expect(pattern.matchAnyCode(text) == nil)
    }
}
