import type { FieldRole } from '../../engine/io/field_mapping.ts';
import type { LayerSummary, LayerTarget } from '../../worker/io_messages.ts';
import type { StringKey } from '../i18n/strings.ts';

/** A property the dialog asks a column for: its canonical name and the engine's role. */
export interface RoleSpec {
  role: FieldRole;
  /** Canonical property name the engine reads first. */
  canonical: string;
  label: StringKey;
  /** A column must be chosen for the import to work. */
  required?: boolean;
}

export const FACILITY_ROLES: RoleSpec[] = [
  { role: 'name', canonical: 'name', label: 'io_role_name' },
  { role: 'kind', canonical: 'kind', label: 'io_role_kind', required: true },
  { role: 'status', canonical: 'status', label: 'io_role_status' },
  { role: 'id', canonical: 'id', label: 'io_role_code' },
  { role: 'beds', canonical: 'beds', label: 'io_role_beds' },
  { role: 'doctors', canonical: 'doctors', label: 'io_role_doctors' },
  { role: 'nurses', canonical: 'nurses', label: 'io_role_nurses' },
  { role: 'ambulances', canonical: 'ambulances', label: 'io_role_ambulances' },
  { role: 'address', canonical: 'address', label: 'io_role_address' },
];

export const ZONE_ROLES: RoleSpec[] = [
  { role: 'name', canonical: 'name', label: 'io_role_name', required: true },
  { role: 'code', canonical: 'code', label: 'io_role_code' },
  { role: 'population', canonical: 'population', label: 'io_role_population' },
  { role: 'level', canonical: 'level', label: 'io_role_level' },
  { role: 'class', canonical: 'class', label: 'io_role_class' },
  { role: 'parentCode', canonical: 'parentCode', label: 'io_role_parentCode' },
];

export function rolesFor(target: LayerTarget): RoleSpec[] {
  if (target === 'zones') return ZONE_ROLES;
  if (target === 'facilities') return FACILITY_ROLES;
  return [];
}

/** Column per canonical name as guessed by the engine ('' = none). */
export function guessedColumns(summary: LayerSummary, target: LayerTarget): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of rolesFor(target)) {
    const guess =
      summary.guessedFields[spec.role] ?? (spec.role === 'id' ? summary.guessedFields.code : undefined);
    out[spec.canonical] = guess && summary.columns.includes(guess) ? guess : '';
  }
  return out;
}
