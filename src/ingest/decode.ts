/**
 * Turns a seed file's bytes into text, or says why it cannot.
 *
 * Node's default decoding keeps a BOM, garbles UTF-16 and silently turns
 * Latin-1 into U+FFFD, so every encoding decision is explicit here.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** A report that cannot become a page; `reason` is one plain sentence for the ingest log. */
export class RejectedReport extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.name = 'RejectedReport';
    this.reason = reason;
  }
}

/** C0 controls other than tab, line feed and carriage return: none belong in wire copy. */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

function detect(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (a === 0xff && b === 0xfe) return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new RejectedReport('binary file (contains NUL bytes and no UTF-16 byte-order mark)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // The declared fallback: text that is not UTF-8 is read as Windows-1252,
    // the superset of Latin-1 that old newsroom systems actually emit.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function strictDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new RejectedReport(`invalid ${label.toUpperCase()} after its byte-order mark`);
  }
}

/**
 * Decodes a report and normalises line ends (CRLF and lone CR become LF).
 * Throws `RejectedReport` for binary, undecodable, empty or whitespace-only input.
 */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new RejectedReport('empty file');
  const decoded = detect(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 100)) {
    throw new RejectedReport('binary file (control characters in the text)');
  }
  if (text.trim() === '') throw new RejectedReport('no text (whitespace only)');
  return { text, encoding: decoded.encoding };
}
