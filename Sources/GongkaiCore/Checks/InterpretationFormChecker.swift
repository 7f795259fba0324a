/// `interpretation_form` (解读形式) is one of ``InterpretationForm/all``, and a 视频解读 or
/// 音频解读 has captions (`.vtt`) or a transcript among its attachments (errors, README
/// “解读形式”). 图解's text version and alt texts are found where the body is rendered
/// (``DocumentBodyRenderer``).
struct InterpretationFormChecker: Checker {
    let readsDocumentBodies = false
    private static let forms = ClosestMatch(candidates: InterpretationForm.all)

    func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for d in site.documents + site.futureDocuments {
            guard let form = d.interpretationForm else { continue }
            let position = d.valuePosition(of: .interpretationForm)
            guard InterpretationForm.all.contains(form) else {
                let suggestion = Self.forms.closest(to: form).map { "，是否应为“\($0)”？" } ?? ""
                diagnostics.append(.error("interpretation.form", "解读形式“\(form)”不是可选的值\(suggestion)",
                                          at: position, hint: "解读形式只能是：\(InterpretationForm.all.joined(separator: "、"))"))
                continue
            }
            guard InterpretationForm.recorded.contains(form) else { continue }
            let roles = d.attachments.map(InterpretationForm.role(of:))
            if !roles.contains(.captions) && !roles.contains(.transcript) {
                diagnostics.append(.error(
                    "interpretation.captions",
                    "\(form)没有字幕文件（.vtt）或文字实录，听不到、看不到的人无法了解内容",
                    at: position,
                    hint: "在 attachments 中加上字幕文件（如 files/字幕.vtt，网页播放器会显示字幕），或文字实录（.txt，或标题含“文字实录”的附件）"))
            }
        }
        return diagnostics
    }
}
