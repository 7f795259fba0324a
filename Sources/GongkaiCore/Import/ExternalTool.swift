import Foundation

/// A converter `gongkai import` runs: found on `PATH`, named with the Debian package that
/// installs it, so a missing one gets the exact command to install it.
public struct ExternalTool: Sendable, Hashable {
    /// The command, e.g. `pandoc`.
    public let command: String
    /// The Debian package that installs it.
    public let package: String

    /// Reads Word (.docx) files and web pages (.html).
    public static let pandoc = ExternalTool(command: "pandoc", package: "pandoc")
    /// Reads the text layer of a PDF.
    public static let pdftotext = ExternalTool(command: "pdftotext", package: "poppler-utils")
    /// Converts old Word (.doc) and WPS (.wps) files to .docx.
    public static let libreOffice = ExternalTool(command: "soffice", package: "libreoffice-writer")

    /// The executable in one of `searchPath`'s folders (`PATH`'s syntax), or nil.
    public func locate(in searchPath: String) -> URL? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(command)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs the tool and returns its standard output; `ImportProblem.converterMissing` when it
    /// is not installed, `.conversionFailed` with its message when it exits with an error.
    func run(_ arguments: [String], searchPath: String, purpose: String) throws(ImportProblem) -> Data {
        guard let executable = locate(in: searchPath) else { throw .converterMissing(self, purpose: purpose) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = searchPath
        environment["HOME"] = environment["HOME"] ?? FileManager.default.temporaryDirectory.path
        process.environment = environment
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-import-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        do {
            let errorHandle = try FileHandle(forWritingTo: errors)
            defer { try? errorHandle.close() }
            process.standardOutput = output
            process.standardError = errorHandle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw .conversionFailed(self, message: error.localizedDescription)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (FileManager.default.contents(atPath: errors.path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw .conversionFailed(self, message: ImportText.trim(String(message.prefix(300))))
        }
        return data
    }
}
