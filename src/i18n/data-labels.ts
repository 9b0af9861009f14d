import { DEFAULT_CHECKLISTS, STAGES } from '../domain/stages';
import { URUSAN } from '../domain/urusan';
import type { MessageKey } from './keys';

type T = (key: MessageKey) => string;

/**
 * Stored data is shown as the person typed it, except the app's own defaults: a checklist item
 * whose label is still a built-in Indonesian default, and an urusan from the official list, are
 * shown in the chosen language. Matching the stored text (not a stored key) also covers items
 * saved on devices before this existed; an edited label no longer matches and shows as stored.
 */
const checklistKeys = new Map<string, MessageKey>(
  STAGES.flatMap((stage) =>
    DEFAULT_CHECKLISTS[stage].map((label, i) => [label, `checklist.${stage}.${i}` as MessageKey] as const),
  ),
);

export function checklistLabel(t: T, label: string): string {
  const key = checklistKeys.get(label.trim());
  return key ? t(key) : label;
}

export function urusanLabel(t: T, urusan: string): string {
  const i = (URUSAN as readonly string[]).indexOf(urusan);
  return i < 0 ? urusan : t(`urusan.${i}` as MessageKey);
}
