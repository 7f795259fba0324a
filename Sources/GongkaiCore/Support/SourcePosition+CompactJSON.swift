/// A position in the group's internal files, as `Codable` writes it.
extension SourcePosition: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.column, column)
        json.field(CodingKeys.file, file)
        json.field(CodingKeys.line, line)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let column: Int = try json.field(CodingKeys.column)
        let file: String = try json.field(CodingKeys.file)
        let line: Int = try json.field(CodingKeys.line)
        try json.endObject()
        self.init(file: file, line: line, column: column)
    }
}
