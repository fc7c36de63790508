import Foundation

/// Turns any error into words a person can act on: Annals' own errors say what they are; errors from
/// Foundation and the system are reduced to what the system said (no domain, no code, no type name).
public enum ErrorText {
    /// The same, led by the file the error concerns when the error knows it ("site: a file is already there").
    public static func describeWithFile(_ error: Error) -> String {
        let ns = error as NSError
        guard type(of: error) is NSError.Type || error is CocoaError, let path = ns.userInfo[NSFilePathErrorKey] as? String else {
            return describe(error)
        }
        return path + ": " + describe(error)
    }

    public static func describe(_ error: Error) -> String {
        if let d = error as? Diagnostic { return d.message }
        if let stop = error as? Builder.Stop { return stop.diagnostics.map(\.message).joined(separator: "; ") }
        let ns = error as NSError
        // Annals' own errors describe themselves (`OutputError`, `Templates.LoadError`, …).
        if !(type(of: error) is NSError.Type || error is CocoaError || error is POSIXError) { return String(describing: error) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on the device"
            case .fileWriteVolumeReadOnly: return "the file system is read-only"
            case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "the file is not valid UTF-8 text"
            case .fileWriteFileExists: return "a file is already there"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
