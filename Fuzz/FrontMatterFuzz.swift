// libFuzzer target: any bytes, read as UTF-8 (invalid sequences repaired), → DocumentReader.read.
// Built and run by Fuzz/run.sh; not part of the Swift package.
import Annals

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = DocumentReader.read(text, fileName: "fuzz.md")
    return 0
}
