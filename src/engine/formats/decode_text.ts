import type { Label } from '../../domain/index.ts';
import type { TextEncodingId } from './read_report.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingId }
  | { ok: false; message: Label };

/** True when `bytes` is valid UTF-8 (ASCII included). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(encoding: TextEncodingId, bytes: Uint8Array): DecodeResult {
  try {
    // `ignoreBOM: false` (default) drops a leading BOM of the same encoding.
    return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
  } catch {
    return {
      ok: false,
      message: {
        zh: `此运行环境不支持 ${encoding.toUpperCase()} 解码，请将文件另存为 UTF-8。`,
        en: `this runtime cannot decode ${encoding.toUpperCase()}; save the file as UTF-8.`,
      },
    };
  }
}

/**
 * Decodes text files the way Chinese offices save them: a BOM decides (UTF-8 or UTF-16LE, which
 * Excel's "Unicode text" uses); otherwise valid UTF-8 is UTF-8 and anything else is GBK (GB18030,
 * what Excel and WPS write for "CSV" on Chinese Windows). The BOM is removed.
 *
 * @example decodeText(gbkBytes, 'auto') // { ok: true, text: '名称,经度,纬度…', encoding: 'gbk' }
 */
export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'gbk' | 'auto' = 'auto'): DecodeResult {
  if (encoding !== 'auto') return decodeWith(encoding, bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  return decodeWith(isValidUtf8(bytes) ? 'utf-8' : 'gbk', bytes);
}

/**
 * Maps a `.cpg` code-page text (`UTF-8`, `GBK`, `936`, `CP936`, `ANSI 936`, `GB2312`, `GB18030`)
 * to an encoding, or undefined when it names something else.
 */
export function encodingOfCpg(cpg: string): TextEncodingId | undefined {
  const c = cpg
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (/^(utf-?8|65001)$/.test(c)) return 'utf-8';
  if (/^(gbk|cp936|936|gb2312|gb18030|54936|ms936|windows-936)$/.test(c)) return 'gbk';
  return undefined;
}
