import type { Label } from '../../domain/index.ts';
import type { FileInput } from '../../worker/io_messages.ts';

const SHAPEFILE_PART = /\.(shp|shx|dbf|prj|cpg|sbn|sbx|qix|xml)$/i;

/**
 * What the chosen files are: one file, the parts of one Shapefile (same stem, a `.shp` among them),
 * or an error naming the files. Extra sidecar files (`.sbn`, `.xml`) are ignored.
 *
 * @example groupFiles([shp, dbf, prj]) // { ok: true, name: '乡镇.shp', files: [...] }
 */
export function groupFiles(
  files: readonly File[],
): { ok: true; name: string; files: File[] } | { ok: false; message: Label } {
  if (files.length === 0) return { ok: false, message: { zh: '没有选择文件。', en: 'no file chosen.' } };
  const [first] = files;
  if (files.length === 1 && first) return { ok: true, name: first.name, files: [first] };
  const parts = files.filter((f) => SHAPEFILE_PART.test(f.name));
  const shp = parts.find((f) => /\.shp$/i.test(f.name));
  const stems = new Set(parts.map((f) => f.name.replace(/\.[^.]+$/, '').toLowerCase()));
  if (shp && parts.length === files.length && stems.size === 1)
    return { ok: true, name: shp.name, files: parts };
  const names = files.map((f) => f.name).join('、');
  return {
    ok: false,
    message: {
      zh: `一次只能导入一个图层。所选文件：${names}。Shapefile 请同时选择同名的 .shp、.dbf、.shx、.prj（、.cpg），或选择一个 .zip。`,
      en: `import one layer at a time. Files chosen: ${names}. For a Shapefile choose the .shp, .dbf, .shx, .prj (and .cpg) of the same name together, or one .zip.`,
    },
  };
}

/** Reads the files into what the worker takes (fresh buffers each time, so they can be transferred). */
export async function toFileInput(name: string, files: readonly File[]): Promise<FileInput> {
  const [first] = files;
  if (files.length === 1 && first) return { name, bytes: await first.arrayBuffer() };
  const parts: Record<string, ArrayBuffer> = {};
  for (const f of files) parts[f.name] = await f.arrayBuffer();
  return { name, parts };
}
