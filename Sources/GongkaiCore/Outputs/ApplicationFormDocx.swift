/// The 政府信息公开申请表 as a Word document (.docx): one table per form, each form on its own
/// A4 page, in the fonts Chinese government offices use. Deterministic bytes (see `StoredZip`).
struct ApplicationFormDocx {
    let forms: [ApplicationForm]

    func bytes() -> [UInt8] {
        var zip = StoredZip()
        zip.add("[Content_Types].xml", Array(Self.contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.rootRelationships.utf8))
        zip.add("word/document.xml", Array(document().utf8))
        return zip.bytes()
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    /// `word/document.xml`: every form, a page break between them, A4 with 2.5 cm margins.
    func document() -> String {
        var body = ""
        for (i, form) in forms.enumerated() {
            if i > 0 { body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" }
            body += Self.paragraph(form.title, size: 36, bold: true, centered: true)
            body += Self.paragraph("受理机关：" + form.agency, size: 24)
            body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
            for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                body += "<w:\(edge) w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
            }
            body += "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"6000\"/></w:tblGrid>"
            for section in form.sections {
                body += "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/></w:tcPr>"
                    + Self.paragraph(section.title, size: 24, bold: true) + "</w:tc></w:tr>"
                for field in section.fields {
                    let answer = field.choices.isEmpty
                        ? String(repeating: Self.paragraph("", size: 24), count: field.lines)
                        : Self.paragraph(field.choices.map { "□" + $0 }.joined(separator: "　"), size: 24)
                    body += "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + Self.paragraph(field.label, size: 24)
                        + "</w:tc><w:tc><w:tcPr><w:tcW w:w=\"6000\" w:type=\"dxa\"/></w:tcPr>" + answer + "</w:tc></w:tr>"
                }
            }
            body += "</w:tbl>"
            body += Self.paragraph(form.note, size: 21)
            body += Self.paragraph("申请人签名（盖章）：　　　　　　　　　　申请日期：　　　　年　　月　　日", size: 24)
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
    }

    private static func paragraph(_ text: String, size: Int, bold: Bool = false, centered: Bool = false) -> String {
        var p = "<w:p>"
        if centered { p += "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" }
        p += "<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"SimSun\" w:hAnsi=\"SimSun\"/>"
        if bold { p += "<w:b/>" }
        p += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
        p += "<w:t xml:space=\"preserve\">" + XMLText.escape(text) + "</w:t></w:r></w:p>"
        return p
    }
}
