import { describe, expect, it } from 'vitest';
import { decodeReport, RejectedReport } from '../../src/ingest/decode.ts';

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};

describe('decodeReport', () => {
  it('reads UTF-8 and normalises CRLF and lone CR to LF', () => {
    expect(decodeReport(Buffer.from('Kabul – “quoted”\r\nnext\rlast'))).toEqual({ text: 'Kabul – “quoted”\nnext\nlast', encoding: 'utf-8' });
  });
  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Herat')]));
    expect(decoded).toEqual({ text: 'Herat', encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 in both byte orders', () => {
    expect(decodeReport(utf16('Mazār-e Sharīf 🌍', 'le'))).toEqual({ text: 'Mazār-e Sharīf 🌍', encoding: 'utf-16le' });
    expect(decodeReport(utf16('Mazār-e Sharīf 🌍', 'be'))).toEqual({ text: 'Mazār-e Sharīf 🌍', encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 for text that is not UTF-8, never to U+FFFD', () => {
    const decoded = decodeReport(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(decoded).toEqual({ text: 'Café “q”', encoding: 'windows-1252' });
  });
  it.each([
    ['empty file', Buffer.alloc(0), /empty/],
    ['whitespace', Buffer.from(' \n\t\r\n'), /whitespace/],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary/],
    ['broken UTF-16', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), /UTF-16/],
  ])('rejects %s with a reason', (_name, bytes, reason) => {
    expect(() => decodeReport(bytes)).toThrow(RejectedReport);
    expect(() => decodeReport(bytes)).toThrow(reason);
  });
});
