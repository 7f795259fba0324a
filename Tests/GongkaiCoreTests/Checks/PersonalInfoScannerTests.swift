import Testing
@testable import GongkaiCore

/// Numbers built in the test from the published algorithms, independently of the scanner.
enum PersonalNumbers {
    /// An 18-character resident ID with its GB 11643-1999 MOD 11-2 check character.
    static func residentID(region: String, birth: String, sequence: String) -> String {
        let body = region + birth + sequence
        precondition(body.count == 17)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        let check = (12 - sum % 11) % 11
        return body + (check == 10 ? "X" : String(check))
    }

    /// The same ID with a wrong check character.
    static func wrongCheck(_ id: String) -> String {
        let right = id.last!
        let wrong: Character = right == "X" ? "0" : (right == "9" ? "X" : Character(String(right.wholeNumberValue! + 1)))
        return String(id.dropLast()) + String(wrong)
    }

    /// `prefix` followed by its Luhn check digit.
    static func luhn(_ prefix: String) -> String {
        for check in 0...9 where luhnValid(prefix + String(check)) { return prefix + String(check) }
        fatalError("unreachable")
    }

    static func luhnValid(_ number: String) -> Bool {
        let values = number.reversed().map { $0.wholeNumberValue! }
        let sum = values.enumerated().reduce(0) { total, pair in
            let doubled = pair.offset % 2 == 1 ? pair.element * 2 : pair.element
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }

    /// A Luhn-valid number with a wrong last digit.
    static func luhnBroken(_ prefix: String) -> String {
        let valid = luhn(prefix)
        let last = valid.last!.wholeNumberValue!
        return prefix + String((last + 1) % 10)
    }

    /// Whether an all-digit 18-character string is a valid 统一社会信用代码 (GB 32100-2015).
    static func creditCodeValid(_ code: String) -> Bool {
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let values = code.map { $0.wholeNumberValue! }
        let sum = zip(values.prefix(17), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return (31 - sum % 31) % 31 == values[17]
    }

    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar {
            case "0"..."9", "X", "x", "+": return Unicode.Scalar(scalar.value + 0xFEE0)!
            case " ": return "\u{3000}"
            default: return scalar
            }
        }))
    }

    static let sampleID = "11010519491231002X"
    static let sampleIDs = [
        sampleID,
        residentID(region: "350102", birth: "19800101", sequence: "123"),
        residentID(region: "650104", birth: "20000229", sequence: "001"),
        residentID(region: "810000", birth: "19001231", sequence: "010"),
        residentID(region: "440300", birth: "21000101", sequence: "457"),
        residentID(region: "320581", birth: "19750618", sequence: "002"),
    ]
    static let card16 = luhn("622202123456789")
    static let card19 = luhn("621700123456789012")
    static let card17 = luhn("6259651234567890")
    static let visa = "4111111111111111"
    static let mastercard2 = luhn("222100000000000")
}

@Suite("PersonalInfoScanner")
struct PersonalInfoScannerTests {
    let scanner = PersonalInfoScanner()

    typealias Kind = PersonalInfoMatch.Kind

    // MARK: Must fire

    @Test("the test's own ID generator agrees with the published sample IDs")
    func generatorAgreesWithSamples() {
        #expect(PersonalNumbers.residentID(region: "110105", birth: "19491231", sequence: "002") == "11010519491231002X")
        #expect(PersonalNumbers.residentID(region: "440524", birth: "18800101", sequence: "001") == "440524188001010014")
        #expect(PersonalNumbers.luhnValid("4111111111111111"))
        #expect(!PersonalNumbers.luhnValid("4111111111111112"))
    }

    @Test("finds resident IDs with a valid check character and birth date", arguments: PersonalNumbers.sampleIDs)
    func findsResidentIDs(id: String) throws {
        let text = "申请人身份证号：\(id)，住址略。"
        let matches = scanner.scan(text)
        let match = try #require(matches.count == 1 ? matches.first : nil)
        #expect(match.kind == .residentID)
        #expect(text[match.range] == id)
        #expect(match.masked == String(id.prefix(6)) + "********" + String(id.suffix(4)))
    }

    @Test("finds resident IDs written in other ways", arguments: [
        ("11010519491231002x", "110105********002X"),
        (PersonalNumbers.fullWidth("11010519491231002X"), "110105********002X"),
        (PersonalNumbers.fullWidth("11010519491231002x"), "110105********002X"),
        ("110105 19491231 002X", "110105********002X"),
        ("110105-19491231-002X", "110105********002X"),
        (PersonalNumbers.sampleIDs[1], String(PersonalNumbers.sampleIDs[1].prefix(6)) + "********" + String(PersonalNumbers.sampleIDs[1].suffix(4))),
    ])
    func findsResidentIDForms(written: String, masked: String) {
        for text in [written, "号码\(written)。", "(\(written))", "**\(written)**", "| \(written) |"] {
            let matches = scanner.scan(text)
            #expect(matches.map(\.kind) == [.residentID], "\(text)")
            #expect(matches.first?.masked == masked)
            #expect(matches.first.map { String(text[$0.range]) } == written)
        }
    }

    @Test("finds mainland mobile numbers however they are written", arguments: [
        ("13812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("16612345678", "16612345678"),
        ("138 1234 5678", "138 1234 5678"),
        ("138-1234-5678", "138-1234-5678"),
        ("+86 13812345678", "+86 13812345678"),
        ("+86-13812345678", "+86-13812345678"),
        ("+8613812345678", "+8613812345678"),
        ("+86 138 1234 5678", "+86 138 1234 5678"),
        ("86-138-1234-5678", "86-138-1234-5678"),
        ("8613812345678", "8613812345678"),
        ("0086 13812345678", "0086 13812345678"),
        ("008613812345678", "008613812345678"),
        ("１３８１２３４５６７８", "１３８１２３４５６７８"),
        ("＋８６\u{3000}１３８\u{3000}１２３４\u{3000}５６７８", "＋８６\u{3000}１３８\u{3000}１２３４\u{3000}５６７８"),
        ("138\u{3000}1234\u{3000}5678", "138\u{3000}1234\u{3000}5678"),
        ("(+86)13812345678", "13812345678"),
    ])
    func findsMobiles(written: String, expectedRange: String) {
        for text in [written, "联系电话：\(written)。", "电话\(written)（张先生）", "**\(written)**", "tel:\(written)", "\(written)@qq.com"] {
            let matches = scanner.scan(text)
            #expect(matches.map(\.kind) == [.mobile], "\(text)")
            #expect(matches.first.map { String(text[$0.range]) } == expectedRange, "\(text)")
            #expect(matches.first.map { $0.masked.count == 11 && $0.masked.contains("****") } == true)
        }
    }

    @Test("finds an ungrouped number next to other numbers across a space or hyphen", arguments: [
        "序号 1 13812345678", "87 13812345678", "2024-13812345678", "13812345678 2024", "1 \(PersonalNumbers.sampleID) 2",
    ])
    func findsNumberBesideOtherNumbers(text: String) {
        #expect(scanner.scan(text).count == 1, "\(text)")
    }

    @Test("masks mobiles as the first 3 and last 4 digits")
    func masksMobiles() {
        #expect(scanner.scan("13812345678").first?.masked == "138****5678")
        #expect(scanner.scan("+86 138-1234-5678").first?.masked == "138****5678")
        #expect(scanner.scan("１９９１２３４０００１").first?.masked == "199****0001")
    }

    @Test("finds Luhn-valid bank card numbers of 16 to 19 digits", arguments: [
        PersonalNumbers.card16, PersonalNumbers.card17, PersonalNumbers.card19, PersonalNumbers.visa,
        PersonalNumbers.mastercard2, "5500000000000004", "6011000990139424", "3530111333300000",
    ])
    func findsBankCards(number: String) throws {
        #expect(PersonalNumbers.luhnValid(number))
        let text = "收款账号：\(number)，开户行略。"
        let match = try #require(scanner.scan(text).first)
        #expect(scanner.scan(text).count == 1)
        #expect(match.kind == .bankCard)
        #expect(text[match.range] == number)
        #expect(match.masked == String(number.prefix(4)) + " **** **** " + String(number.suffix(4)))
    }

    @Test("finds bank card numbers written in groups of four", arguments: [
        "6222 0212 3456 7894",
        "6222-0212-3456-7894",
        "6217 0012 3456 7890 122",
        "6259 6512 3456 7890 2",
        "6222\u{3000}0212\u{3000}3456\u{3000}7894",
    ])
    func findsGroupedCards(written: String) throws {
        let digits = String(written.filter(\.isNumber))
        try #require(PersonalNumbers.luhnValid(digits), "test data: \(digits)")
        for text in [written, "卡号：\(written)。", PersonalNumbers.fullWidth(written)] {
            let matches = scanner.scan(text)
            #expect(matches.map(\.kind) == [.bankCard], "\(text)")
            #expect(matches.first.map { String(text[$0.range]) } == (text == PersonalNumbers.fullWidth(written) ? text : written))
            #expect(matches.first?.masked == String(digits.prefix(4)) + " **** **** " + String(digits.suffix(4)))
        }
    }

    // MARK: Must not fire

    @Test("ignores IDs whose check character is wrong", arguments: PersonalNumbers.sampleIDs)
    func ignoresWrongCheckCharacter(id: String) {
        let wrong = PersonalNumbers.wrongCheck(id)
        #expect(scanner.scan("身份证号：\(wrong)").allSatisfy { $0.kind != .residentID })
    }

    @Test("ignores IDs without a real date of birth in 1900…2100", arguments: [
        "19490230", "20230229", "19491301", "19490000", "19490100", "18991231", "21010101", "00000000", "99991231",
    ])
    func ignoresBadBirthDates(birth: String) {
        let id = PersonalNumbers.residentID(region: "110105", birth: birth, sequence: "002")
        #expect(scanner.scan("身份证号：\(id)").allSatisfy { $0.kind != .residentID }, "\(id)")
    }

    @Test("ignores IDs with an implausible region code", arguments: ["010105", "910105"])
    func ignoresBadRegion(region: String) {
        let id = PersonalNumbers.residentID(region: region, birth: "19800101", sequence: "123")
        #expect(scanner.scan("身份证号：\(id)").allSatisfy { $0.kind != .residentID })
    }

    @Test("ignores the GB 11643 example born in 1880")
    func ignoresOldSample() {
        #expect(scanner.scan("440524188001010014").allSatisfy { $0.kind != .residentID })
    }

    @Test("ignores masked numbers", arguments: [
        "138****1234", "138****5678", "35*************123", "3501**********1234", "110105********002X",
        "110105********0012", "6222 **** **** 1234", "6222********1234", "6222 0212 **** 7894",
        "138 **** 5678", "1381234****", "13812345678****1234", "11010519491231002X**12",
    ])
    func ignoresMaskedNumbers(text: String) {
        #expect(scanner.scan(text) == [], "\(text)")
        #expect(scanner.scan("手机号：\(text)。") == [])
    }

    @Test("ignores numbers that are part of a longer run of digits or of a code", arguments: [
        "0" + "13812345678", "13812345678" + "0", "12" + PersonalNumbers.sampleIDs[1], PersonalNumbers.sampleIDs[1] + "99",
        "1234" + PersonalNumbers.card16 + "0", "11010519491231002X1", "NO13812345678", "NO20240319138123456789",
        "订单号NO\(PersonalNumbers.card16)", "img_13812345678.png", "ID11010519491231002X", "13812345678abc",
        "\(PersonalNumbers.card16)X", "a1b2c313812345678", "0.13812345678", "13812345678.50",
        "6222 0212 3456 7894 1234", "6222 0212 3456 7894 12345", "1 138 1234 5678", "138 1234 5678 9",
        "138 1234-5678", "6222 0212-3456 7894",
    ])
    func ignoresEmbeddedNumbers(text: String) {
        #expect(scanner.scan(text) == [], "\(text)")
    }

    @Test("ignores dates, document numbers, index numbers, amounts and landlines", arguments: [
        "20240319", "2024-03-19", "2024年3月19日", "2024/3/19 09:30", "202403191030",
        "青政办〔2024〕3号", "国发〔2023〕12号",
        "00822061-4/2024-00017", "索引号：00822061-4/2024-00017", "913501007051234567/2024-00001",
        "12,345,678.00", "1,234,567,890,123.45", "15000000000元", "13500000000万元", "￥13812345678", "$13812345678",
        "18612345678%", "共13812345678人",
        "0599-5231001", "(0599)5231001", "0599 5231001", "021-6123-4567", "010-12345678", "400-123-4567",
        "95588", "12345", "10086", "12812345678", "10012345678",
    ])
    func ignoresOtherNumbers(text: String) {
        #expect(scanner.scan(text) == [], "\(text)")
    }

    @Test("ignores Luhn-invalid card numbers", arguments: [
        PersonalNumbers.luhnBroken("622202123456789"), PersonalNumbers.luhnBroken("621700123456789012"),
        PersonalNumbers.luhnBroken("625965123456789"), "4111111111111112",
    ])
    func ignoresLuhnInvalidCards(number: String) {
        #expect(!PersonalNumbers.luhnValid(number))
        #expect(scanner.scan(number) == [])
        let grouped = stride(from: 0, to: number.count, by: 4).map { offset in
            String(number.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
        #expect(scanner.scan(grouped) == [], "\(grouped)")
    }

    @Test("ignores Luhn-valid numbers with no issuer behind them", arguments: [
        PersonalNumbers.luhn("100000000000000"), PersonalNumbers.luhn("202403190000000"), PersonalNumbers.luhn("000000000000000"),
        PersonalNumbers.luhn("700000000000000000"), PersonalNumbers.luhn("800000000000000"), PersonalNumbers.luhn("272100000000000"),
    ])
    func ignoresUnissuedPrefixes(number: String) {
        #expect(PersonalNumbers.luhnValid(number))
        #expect(scanner.scan(number) == [])
    }

    @Test("takes an 18-digit 统一社会信用代码 for what it is, not a bank card")
    func ignoresCreditCodes() throws {
        // The first all-digit code under 91350100… that is also Luhn-valid.
        let code = try #require((0..<10_000).lazy.map { serial -> String in
            let body = "91350100" + String(1_000_000_000 + serial * 7919).suffix(9)
            for check in 0...9 where PersonalNumbers.creditCodeValid(body + String(check)) { return body + String(check) }
            return ""
        }.first { !$0.isEmpty && PersonalNumbers.luhnValid($0) })
        #expect(scanner.scan("统一社会信用代码：\(code)") == [])
    }

    // MARK: Positions and masks

    @Test("reports 1-based line and column in Unicode scalars")
    func reportsPositions() throws {
        let text = "第一行\n姓名：张三，电话：13812345678\r\n卡号 \(PersonalNumbers.card16)\n\n　　联系：＋８６ １３８１２３４５６７８"
        let matches = scanner.scan(text)
        #expect(matches.map(\.kind) == [.mobile, .bankCard, .mobile])
        #expect(matches.map(\.line) == [2, 3, 5])
        #expect(matches.map(\.column) == [10, 4, 6])
        #expect(matches.map { String(text[$0.range]) } == ["13812345678", PersonalNumbers.card16, "＋８６ １３８１２３４５６７８"])
        for match in matches {
            let bytes = Array(text.utf8)[match.utf8Range]
            #expect(String(decoding: bytes, as: UTF8.self) == String(text[match.range]))
        }
    }

    @Test("finds every match in order without overlaps")
    func findsAllInOrder() {
        let id = PersonalNumbers.sampleIDs[2]
        let text = "甲 13812345678、乙 \(id)、丙 6222 0212 3456 7894；丁 138****0000，戊 +86 15912345678。"
        let matches = scanner.scan(text)
        #expect(matches.map(\.kind) == [.mobile, .residentID, .bankCard, .mobile])
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.utf8Range.upperBound <= $1.utf8Range.lowerBound })
    }

    @Test("never shows the full number in the masked form", arguments: [
        "11010519491231002X", "138 1234 5678", "+86 13812345678", PersonalNumbers.card16, PersonalNumbers.card19,
        "6217 0012 3456 7890 122", PersonalNumbers.sampleIDs[3], PersonalNumbers.fullWidth(PersonalNumbers.card16),
    ])
    func masksHideTheNumber(text: String) throws {
        let match = try #require(scanner.scan(text).first)
        let digits = String(text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x30...0x39: return Character(scalar)
            case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default: return nil
            }
        })
        let shown = match.masked.filter(\.isNumber)
        #expect(!match.masked.contains(text))
        #expect(!match.masked.filter { $0 != " " }.contains(digits))
        #expect(shown.count <= 10)
        #expect(shown.count <= digits.count - 4)
        #expect(match.masked.contains("****"))
    }

    @Test("names each kind in Chinese", arguments: [
        (Kind.residentID, "身份证号码"), (.mobile, "手机号码"), (.bankCard, "银行卡号"),
    ])
    func chineseNames(kind: Kind, name: String) {
        #expect(kind.chineseName == name)
    }

    @Test("finds nothing in text without numbers, including empty text and emoji")
    func emptyText() {
        #expect(scanner.scan("") == [])
        #expect(scanner.scan("青山镇人民政府关于印发《2024年政务公开工作要点》的通知 👍🏽") == [])
    }

    @Test("handles a long body with a number at the very end and very long digit runs")
    func longBody() {
        let body = String(repeating: "政务公开，依法依规。2024-03-19 索引号 00822061-4/2024-00017；金额 12,345,678.00 元。\n", count: 2_000)
        let matches = scanner.scan(body + "联系人手机 13812345678")
        #expect(matches.count == 1)
        #expect(matches.first?.line == 2_001)
        #expect(scanner.scan(String(repeating: "1", count: 100_000)) == [])
        #expect(scanner.scan(String(repeating: "1 ", count: 50_000)) == [])
        #expect(scanner.scan(String(repeating: "1*", count: 50_000)) == [])
    }

    @Test("the first pass skips text whose digits never form a group long enough for any finding", arguments: [
        ("2024年3月19日，青政办〔2024〕3号，第12条", false),
        ("金额 12,345.00 元，共 3 户", false),
        ("手机 138 1234 5678", true),
        ("全角１３８１２３４５６７８", true),
        ("编号 1-2-3-4-5-6-7-8-9-0-1", true),
    ])
    func firstPass(text: String, mayHold: Bool) {
        var text = text
        #expect(text.withUTF8 { PersonalInfoScanner.ByteScan.mayHoldLongNumber($0) } == mayHold)
    }
}
