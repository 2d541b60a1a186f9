import { DEFAULT_PRESET_ID, PRESET_FILES } from '../domain/index.ts';
import { formatSources, ruleParameters } from '../engine/io/index.ts';
import { type ParsedOptions, str } from './args.ts';
import { type CliIo, EXIT, type Lang } from './cli_io.ts';
import { loadShippedPreset, resolveRules } from './load_rules.ts';

/** `covplan rules [--preset ID|FILE]`: the presets, then one preset's rules with parameters and sources. */
export function rulesCommand(values: ParsedOptions, lang: Lang, io: CliIo): number {
  const zh = lang === 'zh';
  const wanted = str(values, 'preset');
  const chosen =
    wanted === undefined ? loadShippedPreset(DEFAULT_PRESET_ID, lang) : resolveRules(wanted, lang);
  if (!chosen.ok) {
    io.err(`${zh ? '错误：' : 'error: '}${chosen.message}\n`);
    return EXIT.usage;
  }
  const lines: string[] = [zh ? '预设规则：' : 'Presets:'];
  for (const p of PRESET_FILES) lines.push(`  ${p.id.padEnd(14)}${p.title[lang]}`);
  const preset = chosen.preset;
  lines.push('', zh ? `预设 ${preset.id}：${preset.title.zh}` : `Preset ${preset.id}: ${preset.title.en}`);
  for (const d of preset.documents) {
    const where = zh ? `（${d.place.zh}，${d.years}）` : ` (${d.place.en}, ${d.years})`;
    lines.push(`  ${d.file}  ${d.title[lang]}${where}`);
  }
  for (const rule of preset.rules) {
    const off = rule.enabled ? '' : zh ? '（默认关闭）' : ' (disabled by default)';
    lines.push('', `${rule.id}  ${rule.title[lang]}${off}`);
    lines.push(`    ${ruleParameters(rule, lang)}`);
    lines.push(`    ${zh ? '来源：' : 'source: '}${formatSources(rule.sources)}`);
    for (const s of rule.sources) lines.push(`    「${s.quoteZh}」`);
  }
  lines.push(
    '',
    zh
      ? '用 covplan rules --preset ID 查看其他预设。'
      : 'Show another preset with: covplan rules --preset ID',
  );
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
