import Foundation
import Testing
@testable import GongkaiCore

@Suite("import: pandoc's JSON AST")
struct PandocASTTests {
    static func blocks(_ json: String) throws -> [ImportBlock] {
        let document = try #require(PandocDocument.decode(Data(#"{"pandoc-api-version":[1,23],"meta":{},"blocks":\#(json)}"#.utf8)))
        return PandocBlockReader.read(document.blocks)
    }

    @Test("a table whose cells hold line breaks becomes a csv block, others a pipe table")
    func tables() throws {
        let cell = { (text: String) in #"[["",[],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":\#(text)}]]"# }
        let row = { (cells: [String]) in #"[["",[],[]],[\#(cells.joined(separator: ","))]]"# }
        let table = #"[{"t":"Table","c":[["",[],[]],[null,[]],[],[["",[],[]],[\#(row([cell(#"[{"t":"Str","c":"村名"}]"#), cell(#"[{"t":"Str","c":"任务"}]"#)]))]],[[["",[],[]],0,[],[\#(row([cell(#"[{"t":"Str","c":"青山村"}]"#), cell(#"[{"t":"Str","c":"垃圾清运"},{"t":"LineBreak"},{"t":"Str","c":"水塘整治, 绿化"}]"#)]))]]],[["",[],[]],[]]]}]"#
        let blocks = try Self.blocks(table)
        #expect(blocks == [.table(rows: [["村名", "任务"], ["青山村", "垃圾清运\n水塘整治, 绿化"]])])
        #expect(ImportMarkdownWriter.markdown(blocks) { _ in nil } == "```csv\n村名,任务\n青山村,\"垃圾清运\n水塘整治, 绿化\"\n```")
        #expect(ImportMarkdownWriter.table([["a|b", "c"], ["1", "2"]]) == "| a\\|b | c |\n|---|---|\n| 1 | 2 |")
    }

    @Test("pandoc 3's Figure keeps its image; bold and web links stay Markdown, other links only their text")
    func inlines() throws {
        let json = #"""
        [{"t":"Figure","c":[["",[],[]],[null,[]],[{"t":"Plain","c":[{"t":"Image","c":[["",[],[]],[{"t":"Str","c":"位置图"}],["media/image1.png",""]]}]}]]},
         {"t":"Para","c":[{"t":"Strong","c":[{"t":"Str","c":"（一）加强领导。"}]},{"t":"Str","c":"详见"},{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"政府网站"}],["https://www.gov.cn/",""]]},{"t":"Str","c":"和"},{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"旧栏目"}],["/xxgk/1.html",""]]},{"t":"Str","c":"。"}]}]
        """#
        let blocks = try Self.blocks(json)
        #expect(blocks.first == .image(source: "media/image1.png", alt: "位置图"))
        #expect(blocks.last == .paragraph(text: "（一）加强领导。详见政府网站和旧栏目。", markdown: "**（一）加强领导。**详见[政府网站](<https://www.gov.cn/>)和旧栏目。"))
        #expect(ImportMarkdownWriter.markdown([blocks[0]]) { "files/x/\($0.split(separator: "/").last!)" } == "![位置图](<files/x/image1.png>)")
    }

    @Test("a page laid out in a table is read as the blocks inside it")
    func layoutTable() throws {
        let cell = #"[["",[],[]],{"t":"AlignDefault"},1,1,[{"t":"Para","c":[{"t":"Str","c":"一、总体要求"}]},{"t":"Para","c":[{"t":"Str","c":"正文"}]}]]"#
        let json = #"[{"t":"Table","c":[["",[],[]],[null,[]],[],[["",[],[]],[]],[[["",[],[]],0,[],[[["",[],[]],[\#(cell)]]]]],[["",[],[]],[]]]}]"#
        #expect(try Self.blocks(json).compactMap(\.text) == ["一、总体要求", "正文"])
    }
}
