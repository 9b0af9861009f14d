/**
 * Turns one mutation into the actions it really takes and asks the permission matrix
 * (domain/permissions.ts) about each. The op alone does not say what a write does: a patch
 * setting `deleted: true` is a delete (found: a unit member deleted their unit that way while
 * `op: delete` was refused), `deleted: false` on a deleted record is a restore, and a create of
 * an id the server already has is an edit of that record.
 */
import { type Action, type Actor, type Decision, decide } from '../../domain/permissions';
import type { Mutation, SyncTable } from '../../protocol/protocol';
import type { ServerRecord } from './merge';

export interface Proposed {
  /** The scope the record has now (undefined: new). */
  before: string | undefined;
  /** The scope the mutation would give it. */
  after: string;
}

export function actionsOf(
  m: Mutation,
  table: SyncTable,
  existing: ServerRecord | undefined,
  scope: Proposed,
): Action[] {
  const kind = table;
  const moved = { scopeBefore: scope.before, scopeAfter: scope.after };
  if (!existing) return [{ kind, verb: 'create', scopeAfter: scope.after }];
  if (m.op === 'delete') return [{ kind, verb: 'delete', ...moved }];
  const actions: Action[] = [];
  const deleted = m.fields.deleted;
  if (typeof deleted === 'boolean' && deleted !== existing.deleted) {
    actions.push({ kind, verb: deleted ? 'delete' : 'restore', ...moved });
  }
  const fields = Object.keys(m.fields).filter((f) => f !== 'deleted');
  // A patch that only (un)deletes is no edit; an empty patch still has to be the actor's to send.
  if (fields.length > 0 || actions.length === 0) actions.push({ kind, verb: 'edit', fields, ...moved });
  return actions;
}

/** The first refusal among the mutation's actions, or ok. */
export function authorize(actor: Actor, actions: readonly Action[]): Decision {
  for (const action of actions) {
    const decision = decide(actor, action);
    if (!decision.ok) return decision;
  }
  return { ok: true };
}
