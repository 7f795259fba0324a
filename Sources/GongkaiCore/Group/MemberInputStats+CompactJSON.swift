/// A member's input stats (`.<id>.inputs-stat.json`) by hand: compact JSON in `Codable`'s
/// shape, paths sorted. One entry per input file (some 350 KB for a 2,000-document member),
/// written after every group build and read at the start of the next (bench/PERFORMANCE.md,
/// “The group's internal files”).
extension MemberInputStats: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.files, files)
        json.field(CodingKeys.taken, taken)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self.init()
        try json.beginObject()
        files = try json.field(CodingKeys.files)
        taken = try json.field(CodingKeys.taken)
        try json.endObject()
    }
}

extension MemberInputStats.Entry: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.ctime, ctime)
        json.field(CodingKeys.digest, digest)
        json.field(CodingKeys.inode, inode)
        json.field(CodingKeys.mtime, mtime)
        json.field(CodingKeys.size, size)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        ctime = try json.field(CodingKeys.ctime)
        digest = try json.field(CodingKeys.digest)
        inode = try json.field(CodingKeys.inode)
        mtime = try json.field(CodingKeys.mtime)
        size = try json.field(CodingKeys.size)
        try json.endObject()
    }
}
