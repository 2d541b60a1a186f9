import { useCallback, useEffect, useRef, useState } from 'react';
import type { FacilityKind, Label } from '../../domain/index.ts';
import type { CoordinateFix } from '../../engine/crs/index.ts';
import { resolveKind } from '../../engine/io/kind_aliases.ts';
import { getWorkspace } from '../../store/index.ts';
import { ioClient } from '../../worker/io_client.ts';
import type {
  ConvertReply,
  LayerSummary,
  LayerTarget,
  PopulationJoin,
  ReadFileOptions,
  TableSummary,
} from '../../worker/io_messages.ts';
import { groupFiles, toFileInput } from './file_input.ts';
import { guessedColumns, rolesFor } from './roles.ts';

/** A category value's choice: a facility kind, '' (not chosen yet) or SKIP (leave the rows out). */
export const SKIP = '__skip__';
export type KindChoice = FacilityKind | '' | typeof SKIP;

export interface ImportChoices {
  target: LayerTarget;
  /** Column per canonical property ('' = none). */
  columns: Record<string, string>;
  kindValues: Record<string, KindChoice>;
  facilityMode: 'append' | 'replace';
  keepFacilities: boolean;
  popSource: 'field' | 'table';
  join: Omit<PopulationJoin, 'tableHandle'>;
}

export interface ImportSession {
  files: File[];
  fileName: string;
  reading: boolean;
  progress: number | null;
  fileError: Label | null;
  summary: LayerSummary | null;
  options: ReadFileOptions;
  choices: ImportChoices;
  popTable: TableSummary | null;
  /** The population table file, kept to read another of its sheets. */
  popFile: File | null;
  preview: ConvertReply | null;
  checking: boolean;
}

const INITIAL_CHOICES: ImportChoices = {
  target: 'facilities',
  columns: {},
  kindValues: {},
  facilityMode: 'append',
  keepFacilities: true,
  popSource: 'field',
  join: { keyColumn: '', valueColumn: '', zoneKey: 'name' },
};

const INITIAL: ImportSession = {
  files: [],
  fileName: '',
  reading: false,
  progress: null,
  fileError: null,
  summary: null,
  options: {},
  choices: INITIAL_CHOICES,
  popTable: null,
  popFile: null,
  preview: null,
  checking: false,
};

function kindChoices(summary: LayerSummary, kindColumn: string): Record<string, KindChoice> {
  const out: Record<string, KindChoice> = {};
  for (const v of summary.values[kindColumn] ?? []) out[v] = resolveKind(v) ?? '';
  return out;
}

/** The category choices for another read of the same columns (another sheet): kept per value, new values guessed. */
function keptKindChoices(summary: LayerSummary, prev: ImportChoices): Record<string, KindChoice> {
  const column = prev.columns.kind;
  if (!column) return {};
  const out: Record<string, KindChoice> = {};
  for (const v of summary.values[column] ?? []) out[v] = prev.kindValues[v] ?? resolveKind(v) ?? '';
  return out;
}

function initialChoices(summary: LayerSummary, target: LayerTarget, prev: ImportChoices): ImportChoices {
  const columns = guessedColumns(summary, target);
  const ws = getWorkspace();
  return {
    ...prev,
    target,
    columns,
    kindValues: columns.kind ? kindChoices(summary, columns.kind) : {},
    keepFacilities: !ws.baseline.some((f) => f.illustrative),
  };
}

/** The request the worker converts with, from the planner's choices. */
export function convertBody(s: ImportSession) {
  const { choices, summary } = s;
  const columns: Record<string, string | null> = {};
  for (const spec of rolesFor(choices.target)) {
    if (spec.canonical === 'population' && choices.popSource === 'table') continue;
    columns[spec.canonical] = choices.columns[spec.canonical] || null;
  }
  const kindValues: Record<string, FacilityKind> = {};
  const skipKindValues: string[] = [];
  for (const [value, kind] of Object.entries(choices.kindValues)) {
    if (kind === SKIP) skipKindValues.push(value);
    else if (kind) kindValues[value] = kind;
  }
  const population =
    choices.target === 'zones' && choices.popSource === 'table' && s.popTable?.ok
      ? { ...choices.join, tableHandle: s.popTable.handle }
      : undefined;
  return {
    handle: summary?.handle ?? -1,
    target: choices.target,
    mapping: { kindValues },
    columns,
    skipKindValues,
    ...(population ? { population } : {}),
    ...(choices.target === 'facilities' ? { zones: getWorkspace().zones } : {}),
  };
}

/**
 * State and actions of the import dialog: read the chosen file in the worker, keep the planner's
 * choices (layer kind, columns, categories, coordinate system), and re-check the conversion in the
 * worker after every choice so the report is always current. Nothing touches the workspace here.
 */
export function useImportSession() {
  const [s, setS] = useState<ImportSession>(INITIAL);
  const readSeq = useRef(0);
  const previewSeq = useRef(0);
  const popSeq = useRef(0);

  const read = useCallback(async (files: File[], options: ReadFileOptions, keepChoices: boolean) => {
    const grouped = groupFiles(files);
    if (!grouped.ok) {
      setS({ ...INITIAL, files, fileError: grouped.message });
      return;
    }
    const seq = ++readSeq.current;
    setS((prev) => ({
      ...(keepChoices ? prev : INITIAL),
      files,
      fileName: grouped.name,
      options,
      reading: true,
      progress: null,
      fileError: null,
      summary: keepChoices ? prev.summary : null,
      preview: null,
    }));
    const input = await toFileInput(grouped.name, grouped.files);
    const summary = await ioClient().readFile(input, options, (fraction) => {
      if (seq === readSeq.current) setS((prev) => ({ ...prev, progress: fraction }));
    });
    if (seq !== readSeq.current) return;
    setS((prev) => {
      const sameColumns = keepChoices && prev.summary?.columns.join('\n') === summary.columns.join('\n');
      const choices = sameColumns
        ? { ...prev.choices, kindValues: keptKindChoices(summary, prev.choices) }
        : initialChoices(summary, summary.suggested, prev.choices);
      return { ...prev, reading: false, progress: null, summary, choices };
    });
  }, []);

  const chooseFiles = useCallback((files: File[]) => void read(files, {}, false), [read]);
  const latest = useRef(s);
  latest.current = s;
  const reread = useCallback(
    (patch: ReadFileOptions) => {
      const prev = latest.current;
      void read(prev.files, { ...prev.options, ...patch }, true);
    },
    [read],
  );

  const setChoices = useCallback((patch: Partial<ImportChoices>) => {
    setS((prev) => {
      if (!prev.summary) return prev;
      if (patch.target && patch.target !== prev.choices.target)
        return {
          ...prev,
          choices: { ...initialChoices(prev.summary, patch.target, prev.choices), ...patch },
        };
      const choices = { ...prev.choices, ...patch };
      if (patch.columns && patch.columns.kind !== prev.choices.columns.kind)
        choices.kindValues = patch.columns.kind ? kindChoices(prev.summary, patch.columns.kind) : {};
      return { ...prev, choices };
    });
  }, []);

  const fix = useCallback(async (handle: number, f: CoordinateFix) => {
    const summary = await ioClient().fixCoordinates(handle, f);
    if (summary) setS((prev) => ({ ...prev, summary }));
  }, []);

  const choosePopulationTable = useCallback(async (file: File, sheet?: string) => {
    const seq = ++popSeq.current;
    const table = await ioClient().readTable({ name: file.name, bytes: await file.arrayBuffer() }, sheet);
    if (seq !== popSeq.current) return;
    setS((prev) => {
      const cols = table.columns;
      const keyColumn = table.guessed.keyColumn ?? cols[0] ?? '';
      const valueColumn = table.guessed.valueColumn ?? cols.find((c) => c !== keyColumn) ?? '';
      const zoneKey = table.guessed.by;
      return {
        ...prev,
        popTable: table,
        popFile: file,
        choices: { ...prev.choices, join: { keyColumn, valueColumn, zoneKey } },
      };
    });
  }, []);

  const choosePopulationSheet = useCallback(
    (sheet: string) => {
      const file = latest.current.popFile;
      if (file) void choosePopulationTable(file, sheet);
    },
    [choosePopulationTable],
  );

  // Re-check the conversion whenever the layer or a choice changes.
  const { summary, choices, popTable } = s;
  useEffect(() => {
    if (!summary?.ok) return;
    const seq = ++previewSeq.current;
    setS((prev) => ({ ...prev, checking: true }));
    const timer = setTimeout(async () => {
      const preview = await ioClient().convertLayer(convertBody({ ...INITIAL, summary, choices, popTable }));
      if (seq === previewSeq.current) setS((prev) => ({ ...prev, preview, checking: false }));
    }, 150);
    return () => clearTimeout(timer);
  }, [summary, choices, popTable]);

  const reset = useCallback(() => {
    readSeq.current++;
    previewSeq.current++;
    popSeq.current++;
    setS(INITIAL);
  }, []);

  return { s, chooseFiles, reread, setChoices, fix, choosePopulationTable, choosePopulationSheet, reset };
}
