import type { Lang } from './cli_io.ts';

const GENERAL: Record<Lang, string> = {
  en: `covplan — check health-facility siting rules from Chinese planning documents
against township/street boundaries and population.

Usage:
  covplan evaluate --zones FILE --facilities FILE [options]   evaluate your own data
  covplan demo [--lang zh|en] [--format F] [--out FILE]        evaluate the illustrative demo district
  covplan rules [--preset ID]                                 list presets and rules with sources
  covplan help [COMMAND]                                      this help, or a command's
  covplan --version

Exit codes: 0 the evaluation ran (failing rules are results, not errors);
            2 bad input or usage (the message names the file, the feature and what to do);
            1 internal error.
Language: --lang zh|en, else from LC_ALL/LC_MESSAGES/LANG (zh_* → Chinese), else English.
Details: docs/cli.md
`,
  zh: `covplan —— 按规划文件中的医疗卫生设施布局规则，核查乡镇/街道边界与人口的覆盖情况。

用法：
  covplan evaluate --zones 文件 --facilities 文件 [选项]   评估自己的数据
  covplan demo [--lang zh|en] [--format F] [--out 文件]      评估示意演示区
  covplan rules [--preset ID]                                列出预设规则及来源
  covplan help [命令]                                        显示帮助
  covplan --version

退出码：0 评估已完成（规则未达标属于结果，不是错误）；
        2 输入或用法错误（信息指明文件、要素及处理方法）；
        1 内部错误。
语言：--lang zh|en，否则按 LC_ALL/LC_MESSAGES/LANG（zh_* 为中文），否则英文。
详见 docs/cli.md
`,
};

const EVALUATE: Record<Lang, string> = {
  en: `covplan evaluate --zones FILE --facilities FILE [options]

Inputs (GeoJSON, CSV, Excel .xlsx, Shapefile .zip/.shp, KML/KMZ; see docs/formats.md):
  --zones FILE              township/street polygons: code, name, level, class, population
  --facilities FILE         facility points: id, name, kind, status, beds, doctors, nurses, ambulances
  --population FILE         optional population layer: points with a population property, or
                            polygons (e.g. grid cells) placed at their centre of mass
  --population-table FILE   population from a separate table (CSV in UTF-8 or GBK, .xlsx) joined
                            to the zones; it replaces the zones' own population field
  --join-by code|name       join on 统计用区划代码/adcode (compared as 12 digits: 530112001 =
                            530112001000) or on names (spaces ignored; 街道/镇/乡 endings dropped
                            when that match is unique); default: code when the table has a code column
  --join-column COL         the table's code or name column (default: 统计用区划代码, 区划代码,
                            code, town_code…; 名称, name, town_name…)
  --population-column COL   the table's population column (default: 常住人口, 人口, population…)
  --population-sheet NAME|N  Excel sheet of the population table (default: the first with data)
  --rules PRESET|FILE       a preset id (default, 000_yuxi, 001_district, 002_linfen, 003_kunming,
                            004_xishan) or a rules JSON file; default: default
Field names (when the files do not use ours; Chinese names such as 名称, 类型, 常住人口, 城乡,
统计用区划代码, 级别 are recognised without these):
  --name-field F  --kind-field F  --population-field F  --class-field F  --code-field F
  --level-field F  --status-field F
Import (CSV, Excel, Shapefile, KML; GeoJSON too for --crs):
  --crs wgs84|cgcs2000|gcj02|bd09|EPSG:n|auto   coordinates of the inputs (default auto: a .prj
                            decides, else WGS-84; AMap/Tencent data is gcj02, Baidu bd09)
  --encoding utf-8|gbk|auto  text of CSV/DBF (default auto: BOM/.cpg, else UTF-8 if valid, else GBK)
  --lon-field F  --lat-field F   coordinate columns of a CSV/Excel table (default: guessed)
  --sheet NAME|N            Excel sheet of --zones/--facilities (default: the first with data)
Evaluation:
  --cell-size METRES        grid cell size, 5–10000 (default 100)
  --statuses LIST           facility statuses that count, comma-separated:
                            existing,under_construction,planned,proposed (default: all)
Output:
  --format table|json|geojson   default: table on stdout; with --out, from the extension
                                (.geojson → geojson, .json → json, .txt → table)
  --out FILE                write the result there; the table still goes to stdout;
                            .csv → per-zone report (UTF-8 with BOM), .zip → Shapefiles in CGCS2000
                            3° Gauss-Krüger (zones, facilities, gaps, field_names.csv)
  --lang zh|en

A run fails (exit 2) when no zone has a population and --population is not given, and when the
--population-table is missing, lacks the column named, or matches no zone. Zones the table does
not list are named in a warning and have no population.
`,
  zh: `covplan evaluate --zones 文件 --facilities 文件 [选项]

输入（GeoJSON、CSV、Excel .xlsx、Shapefile .zip/.shp、KML/KMZ；见 docs/formats.md）：
  --zones 文件              乡镇/街道面：code, name, level, class, population
  --facilities 文件         设施点：id, name, kind, status, beds, doctors, nurses, ambulances
  --population 文件         可选人口图层：带人口属性的点，或面（如格网，取质心）
  --population-table 文件   另一张人口表（CSV，UTF-8 或 GBK；.xlsx），联接到区划，代替区划自身的
                            人口字段
  --join-by code|name       按统计用区划代码/adcode 联接（补足 12 位比较：530112001 = 530112001000），
                            或按名称联接（忽略空格；唯一时可去掉“街道/镇/乡”等后缀）；默认：表中有
                            代码列时按代码
  --join-column 列          人口表的代码或名称列（默认：统计用区划代码、区划代码、code、town_code…；
                            名称、name、town_name…）
  --population-column 列    人口表的人口列（默认：常住人口、人口、population…）
  --population-sheet 名称|序号  人口表的 Excel 工作表（默认第一个有数据的）
  --rules 预设|文件         预设 ID（default, 000_yuxi, 001_district, 002_linfen, 003_kunming,
                            004_xishan）或规则 JSON 文件；默认 default
字段名（文件字段名与约定不同时使用；名称、类型、常住人口、城乡、统计用区划代码、级别 等
中文字段名会自动识别）：
  --name-field F  --kind-field F  --population-field F  --class-field F  --code-field F
  --level-field F  --status-field F
导入（CSV、Excel、Shapefile、KML；--crs 也适用于 GeoJSON）：
  --crs wgs84|cgcs2000|gcj02|bd09|EPSG:n|auto   输入坐标系（默认 auto：有 .prj 按 .prj，否则
                            WGS-84；高德/腾讯数据为 gcj02，百度为 bd09）
  --encoding utf-8|gbk|auto  CSV/DBF 文字编码（默认 auto：BOM/.cpg，否则合法 UTF-8，否则 GBK）
  --lon-field F  --lat-field F   CSV/Excel 的经度、纬度列（默认自动识别）
  --sheet 名称|序号         --zones/--facilities 的 Excel 工作表（默认第一个有数据的）
评估：
  --cell-size 米            网格边长，5–10000（默认 100）
  --statuses 列表           计入的设施状态，逗号分隔：existing,under_construction,planned,proposed
                            （默认全部）
输出：
  --format table|json|geojson   默认在标准输出打印表格；有 --out 时按扩展名
                                （.geojson → geojson，.json → json，.txt → table）
  --out 文件                写入结果文件；表格仍打印到标准输出；
                            .csv → 分区报表（UTF-8 带 BOM），.zip → CGCS2000 3° 高斯-克吕格
                            Shapefile（区划、设施、缺口、field_names.csv 字段名对照）
  --lang zh|en

若所有区划都没有人口且未给 --population，或 --population-table 文件不存在、缺少指定的列、与任何
区划都对不上，则报错退出（退出码 2）。人口表中找不到的区划会在警告中列出，这些区划没有人口。
`,
};

const DEMO: Record<Lang, string> = {
  en: `covplan demo [--lang zh|en] [--format table|json|geojson] [--out FILE] [--rules PRESET|FILE]
               [--cell-size METRES] [--statuses LIST]

Evaluates the illustrative demo district 西山区（示意） (invented boundaries, populations and
facilities: 示意数据) with the default preset.
`,
  zh: `covplan demo [--lang zh|en] [--format table|json|geojson] [--out 文件] [--rules 预设|文件]
               [--cell-size 米] [--statuses 列表]

用默认预设评估示意演示区“西山区（示意）”（虚构的边界、人口与设施：示意数据）。
`,
};

const RULES: Record<Lang, string> = {
  en: `covplan rules [--preset ID|FILE] [--lang zh|en]

Lists the presets, then the rules of one preset (default: default) with their parameters,
sources (document file and line) and the original Chinese wording.
`,
  zh: `covplan rules [--preset ID|文件] [--lang zh|en]

列出预设，以及某一预设（默认 default）的规则、参数、来源（文件与行号）和原文。
`,
};

/** Help text for a command (or the general help when `command` is undefined or unknown). */
export function helpText(command: string | undefined, lang: Lang): string {
  if (command === 'evaluate') return EVALUATE[lang];
  if (command === 'demo') return DEMO[lang];
  if (command === 'rules') return RULES[lang];
  return GENERAL[lang];
}
