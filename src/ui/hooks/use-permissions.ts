/**
 * What the logged-in account may do, for the UI: actions the role can't take are left out or
 * disabled, with `reason(...)` saying who may. The rules are domain/permissions.ts's MATRIX, the
 * same the server enforces on every push; the UI only mirrors them, so a stale account (units
 * changed since login) at worst shows a control the server then refuses.
 * The yes/no part is use-can.ts (all the first screen needs); this adds the sentences.
 */
import { useMemo } from 'preact/hooks';
import {
  type Actor,
  canEditAny,
  canEditField as canEditFieldOf,
  decide,
  type RecordKind,
  type Role,
  rightsOf,
  type Verb,
} from '../../domain/permissions';
import type { MessageKey, Params } from '../../i18n';
import { type Can, canFor, useCan } from './use-can';
import { useT } from './use-t';

/** Narrowest first, so the sentence reads "fasilitator atau koordinator". */
const SENTENCE_ORDER: readonly Role[] = ['unit', 'facilitator', 'coordinator'];

type Translate = (key: MessageKey, params?: Params) => string;

export interface Permissions extends Can {
  /** Why `can(kind, verb, unitId)` is false, naming who may; '' when it is allowed. */
  reason: (kind: RecordKind, verb: Verb, unitId?: string, field?: string) => string;
}

/** The roles that may take `verb` on `kind` (for `field`, when given), in sentence order. */
export function rolesWhoMay(kind: RecordKind, verb: Verb, field?: string): Role[] {
  return SENTENCE_ORDER.filter((role) => {
    if (verb !== 'edit') return rightsOf(role, kind)[verb];
    return field === undefined ? canEditAny(role, kind) : canEditFieldOf(role, kind, field);
  });
}

function joinRoles(t: Translate, roles: readonly Role[]): string {
  const names = roles.map((r) => t(`perm.role.${r}`));
  if (names.length <= 1) return names[0] ?? '';
  const last = t('perm.or', { a: names[names.length - 2] ?? '', b: names[names.length - 1] ?? '' });
  return names.slice(0, -2).reduceRight((rest, name) => t('perm.list', { a: name, b: rest }), last);
}

/** The sentence for a refused action; '' when the actor may take it. */
export function reasonText(
  t: Translate,
  actor: Actor | null,
  kind: RecordKind,
  verb: Verb,
  unitId?: string,
  field?: string,
): string {
  if (actor) {
    const scope =
      unitId === undefined ? {} : { scopeBefore: verb === 'create' ? undefined : unitId, scopeAfter: unitId };
    const decision = decide(actor, { kind, verb, ...(field ? { fields: [field] } : {}), ...scope });
    if (decision.ok) return '';
    if (decision.reason === 'scope') return t('perm.scope');
  }
  const roles = rolesWhoMay(kind, verb, field);
  if (roles.length === 0) return t('perm.nobody');
  const who = joinRoles(t, roles);
  if (field !== undefined) return t('perm.field', { roles: who });
  return t('perm.only', { roles: who, verb: t(`perm.verb.${verb}`), what: t(`perm.kind.${kind}`) });
}

export function permissionsFor(actor: Actor | null, t: Translate): Permissions {
  return {
    ...canFor(actor),
    reason: (kind, verb, unitId, field) => reasonText(t, actor, kind, verb, unitId, field),
  };
}

export function usePermissions(): Permissions {
  const t = useT();
  const { actor } = useCan();
  return useMemo(() => permissionsFor(actor, t), [actor, t]);
}
