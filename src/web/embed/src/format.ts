// Words and numbers shown to readers.

import type { InstrumentKind } from './api.ts';

const kindLabels: Record<InstrumentKind, string> = {
  AGREEMENT: 'Agreement',
  MOU: 'Memorandum of understanding',
  MINUTES: 'Minutes',
  PLAN: 'Implementation plan',
  JOINT_STATEMENT: 'Joint statement',
  COORDINATION_RULES: 'Coordination rules',
  JOINT_COMMITTEE: 'Joint committee meeting',
  VISIT: 'Visit',
  AWARD: 'Award',
  OTHER: 'Other cooperation',
};

export function kindLabel(kind: InstrumentKind): string {
  return kindLabels[kind] ?? kind;
}

/** "1 instrument", "3 instruments". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "Bac Giang (Bắc Giang)" when the Vietnamese name differs, else the English name. */
export function bilingual(name: string, nameVi: string | null): string {
  return nameVi && nameVi !== name ? `${name} (${nameVi})` : name;
}
