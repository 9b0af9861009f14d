/**
 * Shape check of a push body before anything reaches storage. A malformed request is refused
 * whole (400); a well-formed mutation for an unknown table or with bad field values is
 * answered per mutation (`rejected`) by apply-push, so one bad change never blocks the rest.
 * Every string inside each mutation's fields leaves here normalised (domain/text.ts), so what is
 * validated and stored is what a device's own write path stores for the same typing.
 */

import { exceedsDepth, MAX_JSON_DEPTH } from '../../domain/json-depth';
import { normaliseStrings } from '../../domain/text';
import { MAX_ID_LENGTH } from '../../domain/validation';
import { MAX_PUSH_MUTATIONS, type Mutation, type PushRequest } from '../../protocol/protocol';
import { isObject } from '../http';

const OPS = ['create', 'patch', 'delete'];
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

export type ParseResult = { ok: true; value: PushRequest } | { ok: false; message: string };

export function parsePush(body: unknown): ParseResult {
  if (!isObject(body)) return { ok: false, message: 'Expected {clientId, schemaVersion, mutations}.' };
  const { clientId, schemaVersion, mutations } = body;
  if (!isId(clientId)) return { ok: false, message: 'clientId: a string id' };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) {
    return { ok: false, message: 'schemaVersion: an integer' };
  }
  if (!Array.isArray(mutations)) return { ok: false, message: 'mutations: a list' };
  if (mutations.length > MAX_PUSH_MUTATIONS)
    return { ok: false, message: `at most ${MAX_PUSH_MUTATIONS} mutations` };
  const seen = new Set<string>();
  for (const [i, m] of mutations.entries()) {
    const bad = (what: string) => ({ ok: false as const, message: `mutations[${i}].${what}` });
    if (!isObject(m)) return bad(': an object');
    if (!isId(m.id)) return bad('id');
    if (seen.has(m.id)) return bad('id: repeated in this push');
    seen.add(m.id);
    if (typeof m.table !== 'string' || m.table.length > 40) return bad('table');
    if (!isId(m.recordId)) return bad('recordId');
    if (typeof m.op !== 'string' || !OPS.includes(m.op)) return bad('op');
    if (!isObject(m.fields)) return bad('fields');
    // readJson bounds a body's depth already; this keeps parsePush safe for any caller.
    if (exceedsDepth(m.fields, MAX_JSON_DEPTH)) return bad('fields: nested too deeply');
    if (typeof m.baseVersion !== 'number' || !Number.isInteger(m.baseVersion) || m.baseVersion < 0) {
      return bad('baseVersion');
    }
    if (typeof m.hlc !== 'string' || m.hlc.length > 120) return bad('hlc');
  }
  const normalised = (mutations as Mutation[]).map((m) => ({ ...m, fields: normaliseStrings(m.fields) }));
  return { ok: true, value: { clientId, schemaVersion, mutations: normalised } };
}
