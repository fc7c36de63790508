import Foundation

/// The text of an SVG drawing, appended as bytes: fixed pieces, whole numbers, tenths and escaped text
/// (`Charts`).
final class SVGText {
    private let sink: ByteSink

    init(capacity: Int) { sink = ByteSink(capacity: capacity) }

    /// A fixed piece, as it is.
    func put(_ piece: StaticString) { sink.append(piece) }

    /// Text that needs no escape (an id, a class name).
    func text(_ s: String) { sink.append(s) }

    /// Text as XML character data or an attribute value.
    func escaped(_ s: String) {
        var out: [UInt8] = []
        XML.appendEscaped(s, to: &out)
        sink.append(out)
    }

    /// `v` in decimal, with a minus sign when negative.
    func int(_ v: Int) { sink.appendInt(v) }

    /// A length in tenths of a unit: "123.4" from 1234, "120" from 1200, "-1.5" from -15.
    func tenths(_ v: Int) {
        if v < 0 && v > -10 { sink.append(0x2D) }
        int(v / 10)
        if v % 10 != 0 { sink.append(0x2E); sink.append(UInt8(0x30 + abs(v % 10))) }
    }

    var string: String { String(decoding: sink.bytes(0..<sink.count), as: UTF8.self) }
}
