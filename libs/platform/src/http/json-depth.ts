const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether JSON text nests arrays and objects deeper than the limit, read byte by byte outside
 * strings (UTF-8 never uses these bytes inside a multi-byte character). One pass, no parsing:
 * text that is not JSON is left for JSON.parse to refuse.
 */
export function jsonDepthExceeds(raw: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(byte)) depth--;
  }
  return false;
}
