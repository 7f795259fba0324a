extension SiteConfigLoader {
    /// Reads `consultations`: `{ "min_days": 30, "feedback_days": 30 }`, every key optional.
    static func loadConsultations(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> ConsultationConfig {
        var result = ConsultationConfig()
        guard var reader = JSONObjectReader(value, context: "consultations", diagnostics: &diagnostics) else { return result }
        reader.positiveInt("min_days", into: &result.minDays, allowZero: true)
        reader.positiveInt("feedback_days", into: &result.feedbackDays, allowZero: true)
        diagnostics += reader.finish(known: ConsultationConfig.keys)
        return result
    }

    /// Reads `publicity`: `{ "grace_days": 0 }`.
    static func loadPublicity(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> PublicityConfig {
        var result = PublicityConfig()
        guard var reader = JSONObjectReader(value, context: "publicity", diagnostics: &diagnostics) else { return result }
        reader.positiveInt("grace_days", into: &result.graceDays, allowZero: true)
        diagnostics += reader.finish(known: PublicityConfig.keys)
        return result
    }
}
