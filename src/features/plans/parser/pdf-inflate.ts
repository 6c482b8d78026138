/**
 * pdfjs inflates a page's compressed streams with DecompressionStream where the platform has one,
 * and with its own inflate where it has not. Node's is web streams over zlib's thread pool: each
 * stream costs a trip through the event loop and the thread pool, which for a page's small
 * streams is slower than pdfjs's own (reading a PDF took 8 % less without it). So it is hidden
 * while pdfjs reads, and put back when no reading is under way; nothing else here uses it.
 */
const NAME = "DecompressionStream";
const platform = globalThis as Record<string, unknown>;

let readings = 0;
let hidden: PropertyDescriptor | undefined;

/** `read`, with pdfjs inflating streams itself. */
export async function withPdfjsInflate<T>(read: () => Promise<T>): Promise<T> {
  if (readings++ === 0) {
    hidden = Object.getOwnPropertyDescriptor(platform, NAME);
    delete platform[NAME];
  }
  try {
    return await read();
  } finally {
    if (--readings === 0 && hidden) Object.defineProperty(platform, NAME, hidden);
  }
}
