/**
 * The permission matrix: which role may create, edit (which fields), delete and restore which kind
 * of record, and within which scope. One pure module, read by the server (authoritative, on every
 * mutation of every push) and by the UI (what a role can't do is absent or disabled, with the
 * reason). README's "Who may do what" table is this data written out; keep them together.
 *
 * Scope: every record belongs to one unit (its scope); targets belong to the whole city (the
 * global scope ''). Coordinators act everywhere; facilitators and unit teams only inside the units
 * their account lists. A facilitator who creates a unit gets it in their scope (the server adds it
 * to their account), so "new unit + its first innovation" made offline is one piece of work.
 */
import type { TableName } from './table-names';

export type Role = 'coordinator' | 'facilitator' | 'unit';
export const ROLES: readonly Role[] = ['coordinator', 'facilitator', 'unit'];

/** What is checked: the synced tables, and accounts (server routes only). */
export type RecordKind = TableName | 'accounts';

/**
 * - create: a new record;
 * - edit: a patch of existing fields (the matrix names which);
 * - delete: marking a record deleted (an `op: delete`, or a patch setting `deleted: true`);
 * - restore: undoing a delete (a patch setting `deleted: false` on a deleted record).
 */
export type Verb = 'create' | 'edit' | 'delete' | 'restore';

/** Who is acting: the parts of an account the rules read. */
export interface Actor {
  role: Role;
  unitIds: readonly string[];
}

/** The scope key of targets and other city-wide rows. */
export const GLOBAL_SCOPE = '';

type FieldRight = 'all' | readonly string[];

interface Rights {
  create: boolean;
  /** Which fields a patch may touch; an empty list means read-only. */
  edit: FieldRight;
  delete: boolean;
  /** Undoing a delete; the same people who may delete, unless a row says otherwise. */
  restore: boolean;
}

const ALL: Rights = { create: true, edit: 'all', delete: true, restore: true };
const NONE: Rights = { create: false, edit: [], delete: false, restore: false };
/** Conflicts are created by the server; people in scope mark them resolved. */
const RESOLVE_ONLY: Rights = { create: false, edit: ['resolved'], delete: false, restore: false };

export const MATRIX: { readonly [R in Role]: { readonly [K in RecordKind]: Rights } } = {
  coordinator: {
    units: ALL,
    innovations: ALL,
    stageProgress: ALL,
    mentoringSessions: ALL,
    actionItems: ALL,
    targets: ALL,
    clinicIdentities: ALL,
    conflicts: RESOLVE_ONLY,
    accounts: ALL,
  },
  facilitator: {
    // The UI asks for confirmation, naming what goes with it, before a unit with content is deleted.
    units: ALL,
    innovations: ALL,
    stageProgress: ALL,
    mentoringSessions: ALL,
    actionItems: ALL,
    targets: NONE,
    clinicIdentities: NONE,
    conflicts: RESOLVE_ONLY,
    accounts: NONE,
  },
  unit: {
    units: NONE,
    // A unit team drafts its own proposals; deleting one is the facilitator's or coordinator's call.
    innovations: { create: true, edit: 'all', delete: false, restore: false },
    // Ticking 5D items creates a stage's row the first time; which stage a row is stays fixed.
    stageProgress: {
      create: true,
      edit: ['status', 'checklist', 'startDate', 'endDate', 'notes'],
      delete: false,
      restore: false,
    },
    // The minutes are the facilitator's record of the visit: read-only to the unit team.
    mentoringSessions: NONE,
    // Follow-ups assigned to the unit: the team marks them done and adds a note.
    actionItems: { create: false, edit: ['status', 'doneDate', 'note'], delete: false, restore: false },
    targets: NONE,
    clinicIdentities: NONE,
    conflicts: RESOLVE_ONLY,
    accounts: NONE,
  },
};

/** Why an action is refused: the UI turns each into a sentence naming the role or the field. */
export type DenyReason =
  /** The role may never do this to this kind of record. */
  | 'role'
  /** The role may edit this kind of record, but not this field. */
  | 'field'
  /** The record (or where it would move) is outside the actor's units. */
  | 'scope';

export type Decision = { ok: true } | { ok: false; reason: DenyReason; field?: string };

const OK: Decision = { ok: true };

export function rightsOf(role: Role, kind: RecordKind): Rights {
  return MATRIX[role][kind];
}

/** May this role edit this field of this kind at all (scope aside)? */
export function canEditField(role: Role, kind: RecordKind, field: string): boolean {
  const edit = MATRIX[role][kind].edit;
  return edit === 'all' || edit.includes(field);
}

/** May this role edit some field of this kind (scope aside)? False means read-only. */
export function canEditAny(role: Role, kind: RecordKind): boolean {
  const edit = MATRIX[role][kind].edit;
  return edit === 'all' || edit.length > 0;
}

/** Is a unit (or the global scope) one the actor acts in? */
export function inScope(actor: Actor, unitId: string): boolean {
  if (actor.role === 'coordinator') return true;
  return unitId !== GLOBAL_SCOPE && actor.unitIds.includes(unitId);
}

/** Can the actor see records of this scope? Everyone reads city-wide rows such as targets. */
export function canSee(actor: Actor, unitId: string): boolean {
  return unitId === GLOBAL_SCOPE || inScope(actor, unitId);
}

export interface Action {
  kind: RecordKind;
  verb: Verb;
  /** For `edit`: the fields the patch touches (bookkeeping such as `deleted` excluded). */
  fields?: readonly string[];
  /** The record's scope before the action; undefined for a new record. */
  scopeBefore?: string;
  /** The record's scope after the action (where a create or a move puts it). */
  scopeAfter?: string;
}

/**
 * The one check. The role's row decides whether the verb (and each field) is allowed at all;
 * then both scopes must be the actor's. A facilitator's new unit is the one create whose scope
 * is not yet theirs: creating it is what puts it in their scope.
 */
export function decide(actor: Actor, action: Action): Decision {
  const rights = MATRIX[actor.role][action.kind];
  if (action.verb === 'edit') {
    if (!canEditAny(actor.role, action.kind)) return { ok: false, reason: 'role' };
    const field = (action.fields ?? []).find((f) => !canEditField(actor.role, action.kind, f));
    if (field !== undefined) return { ok: false, reason: 'field', field };
  } else if (!rights[action.verb]) {
    return { ok: false, reason: 'role' };
  }
  if (actor.role === 'coordinator') return OK;
  const newUnit = action.kind === 'units' && action.verb === 'create' && action.scopeBefore === undefined;
  if (action.scopeBefore !== undefined && !inScope(actor, action.scopeBefore))
    return { ok: false, reason: 'scope' };
  if (action.scopeAfter !== undefined && !newUnit && !inScope(actor, action.scopeAfter)) {
    return { ok: false, reason: 'scope' };
  }
  return OK;
}

/** Shorthand for the UI: may the actor take this verb on this kind, inside a scope they hold? */
export function can(actor: Actor, kind: RecordKind, verb: Verb, unitId?: string): boolean {
  const scope =
    unitId === undefined ? {} : { scopeBefore: verb === 'create' ? undefined : unitId, scopeAfter: unitId };
  return decide(actor, { kind, verb, ...scope }).ok;
}
