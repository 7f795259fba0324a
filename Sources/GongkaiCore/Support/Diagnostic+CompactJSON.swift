/// A diagnostic in a group member's part summary (`MemberPart`), as `Codable` writes it.
extension Diagnostic: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.file, file)
        json.field(CodingKeys.hint, hint)
        json.field(CodingKeys.id, id)
        json.field(CodingKeys.message, message)
        json.field(CodingKeys.range, range)
        json.field(CodingKeys.severity, severity.rawValue)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let file: String? = try json.field(CodingKeys.file)
        let hint: String? = try json.field(CodingKeys.hint)
        let id: String = try json.field(CodingKeys.id)
        let message: String = try json.field(CodingKeys.message)
        let range: SourceRange? = try json.field(CodingKeys.range)
        try json.key(CodingKeys.severity)
        let severity: Severity = try json.rawValue()
        try json.endObject()
        self.init(unlocated: severity, id: id, message: message, hint: hint)
        self.file = file
        self.range = range
    }
}

extension SourceRange: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.end, end)
        json.field(CodingKeys.start, start)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let end: SourcePoint = try json.field(CodingKeys.end)
        let start: SourcePoint = try json.field(CodingKeys.start)
        try json.endObject()
        self.init(start: start, end: end)
    }
}

extension SourcePoint: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.column, column)
        json.field(CodingKeys.line, line)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let column: Int = try json.field(CodingKeys.column)
        let line: Int = try json.field(CodingKeys.line)
        try json.endObject()
        self.init(line: line, column: column)
    }
}
