/// The 15 公文种类 of the 党政机关公文处理工作条例, the default `genres`.
public enum Genres {
    public static let standard = ["决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要"]
}
