// libFuzzer target: raw article bytes → TextDecoding → Ingest → DocumentWriter → DocumentReader.
// Built and run by Fuzz/run.sh; not part of the Swift package.
import Foundation
import Annals

/// One extractor for the whole run: building the lexicon is not what is being fuzzed.
let ingest = Ingest()

/// FUZZ_ROUNDTRIP=1 also traps when the written document does not read back to the same text
/// (README: "Reading a document and writing it again gives the same text"). Off by default:
/// the default run looks for crashes only.
let checkRoundTrip = ProcessInfo.processInfo.environment["FUZZ_ROUNDTRIP"] == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard case .success(let decoded) = TextDecoding.decode(bytes) else { return 0 }
    let result = ingest.article(fromText: decoded.text, fileName: "fuzz.txt")
    let document = DocumentWriter.write(result.article)
    let reread = DocumentReader.read(document, fileName: "fuzz.md")
    if checkRoundTrip {
        switch reread {
        case .failure(let failure):
            fatalError("the reader refused the writer's output: \(failure.message)\n\(document)")
        case .success(let back):
            let again = DocumentWriter.write(back.article)
            if again != document {
                fatalError("write(read(write(a))) differs from write(a)\n--- first\n\(document)\n--- second\n\(again)")
            }
        }
    }
    return 0
}
