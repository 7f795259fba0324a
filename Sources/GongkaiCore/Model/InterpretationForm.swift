/// 解读形式: the values `interpretation_form` may take, and what each needs to be readable
/// by someone who cannot see the picture or hear the recording (README “解读形式”).
public enum InterpretationForm {
    /// Every value, in the order the README lists them.
    public static let all = ["文字解读", "图文解读", "图解", "政策问答", "视频解读", "音频解读", "新闻发布会", "专家解读", "媒体解读", "在线访谈"]
    /// 图解: needs a text version (the body) and alt text on every image.
    public static let graphic = "图解"
    public static let video = "视频解读"
    public static let audio = "音频解读"
    /// Forms that need captions (`.vtt`) or a transcript among the attachments.
    public static let recorded: Set<String> = [video, audio]

    static let videoExtensions: Set<String> = ["mp4", "webm", "ogv", "m4v"]
    static let audioExtensions: Set<String> = ["mp3", "m4a", "aac", "ogg", "oga", "wav"]
    /// Words in an attachment's title that make it a transcript (文字实录).
    static let transcriptWords = ["文字实录", "文字稿", "实录", "字幕", "transcript"]

    /// What an attachment is to a recorded interpretation.
    enum AttachmentRole: Equatable {
        case video, audio, captions, transcript, other
    }

    static func role(of attachment: Document.Attachment) -> AttachmentRole {
        let ext = attachment.outputPath.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ext == "vtt" { return .captions }
        if videoExtensions.contains(ext) { return .video }
        if audioExtensions.contains(ext) { return .audio }
        if ext == "txt" || transcriptWords.contains(where: { attachment.title.localizedLowercase.contains($0) }) { return .transcript }
        return .other
    }
}
