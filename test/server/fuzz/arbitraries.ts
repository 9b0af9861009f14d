/**
 * Generators of hostile requests for the server fuzz: well-formed mutations bent in one or two
 * places (the inputs most likely to reach deep code), and plain garbage (what a scanner sends).
 * Prototype keys, lone surrogates, bidi controls, NUL, deep nesting and wrong types are
 * over-represented on purpose: each of them once broke the server (issue 12).
 */
import fc from 'fast-check';
import { TABLES } from '../../../src/domain/table-names';
import { formatHlc } from '../../../src/protocol/hlc';

export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'toString',
];
const FIELDS = [
  'name',
  'kind',
  'unitId',
  'innovationId',
  'sessionId',
  'innovationIds',
  'attendees',
  'team',
  'checklist',
  'status',
  'stage',
  'date',
  'dueDate',
  'doneDate',
  'text',
  'owner',
  'findings',
  'year',
  'proposalTarget',
  'regionName',
  'logo',
  'deleted',
  'createdAt',
  'updatedAt',
  'version',
  'resolved',
  'note',
  'time',
];

export const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    '\u0000',
    '\ud800',
    '\udfff x',
    '\u202e',
    'a\u2066b',
    '=cmd|x',
    '<img src=x onerror=alert(1)>',
  ),
  fc.constantFrom(...PROTO_KEYS),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

/** A JSON value nested up to `depth` levels, with hostile keys and strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...PROTO_KEYS, ...FIELDS), fc.string({ maxLength: 8 })),
      tie('v'),
      {
        maxKeys: 4,
        noNullPrototype: false,
      },
    ),
  ),
})).v;

/** JSON nested far deeper than anything real (found: 20,000 levels gave 500). */
export const deepNesting = fc
  .integer({ min: 33, max: 30_000 })
  .map((n) => `${'['.repeat(n)}1${']'.repeat(n)}`);

export interface KnownIds {
  units: string[];
  records: string[];
}

export function mutationArb(ids: KnownIds) {
  const id = fc.oneof(fc.constantFrom(...ids.units, ...ids.records), fc.uuid(), hostileText);
  const fields = fc.dictionary(
    fc.oneof(fc.constantFrom(...FIELDS, ...PROTO_KEYS), fc.string({ maxLength: 6 })),
    fc.oneof(hostileValue, id),
    {
      maxKeys: 6,
      noNullPrototype: false,
    },
  );
  const hlc = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.nat(99),
        fc.string({ minLength: 1, maxLength: 10 }),
      )
      .map(([ms, c, node]) => formatHlc(ms, c, node)),
    hostileText,
  );
  return fc.record({
    id: fc.oneof(fc.uuid(), hostileText),
    table: fc.oneof(fc.constantFrom(...TABLES), hostileText),
    recordId: id,
    op: fc.oneof(fc.constantFrom('create', 'patch', 'delete'), hostileText),
    fields: fc.oneof({ weight: 5, arbitrary: fields }, hostileValue),
    baseVersion: fc.oneof(fc.nat(), hostileValue),
    hlc,
  });
}

/** Valid create fields per table, for mutations that are right but for one or two fields. */
export type ValidFields = (table: string, unitId: string, innovationId: string) => Record<string, unknown>;

/** A mutation that passes the parser and most checks, with up to two fields bent. */
export function nearlyValidArb(ids: KnownIds, valid: ValidFields) {
  const hlc = fc
    .tuple(fc.integer({ min: Date.now() - 86_400_000, max: Date.now() }), fc.nat(99))
    .map(([ms, c]) => formatHlc(ms, c, 'fuzz-client-1'));
  return fc
    .record({
      table: fc.constantFrom(
        'units',
        'innovations',
        'stageProgress',
        'mentoringSessions',
        'actionItems',
        'targets',
        'clinicIdentities',
      ),
      unitId: fc.constantFrom(...ids.units),
      innovationId: fc.constantFrom(...ids.records),
      newId: fc.boolean(),
      recordId: fc.oneof(fc.uuid(), fc.constantFrom(...ids.units, ...ids.records, 'clinic')),
      op: fc.constantFrom('create', 'create', 'patch', 'delete'),
      bent: fc.dictionary(fc.constantFrom(...FIELDS, ...PROTO_KEYS), hostileValue, {
        maxKeys: 2,
        noNullPrototype: false,
      }),
      keep: fc.nat(20),
      id: fc.uuid(),
      hlc,
      baseVersion: fc.nat(50),
    })
    .map((r) => {
      const base = valid(r.table, r.unitId, r.innovationId);
      // A patch sends a few fields; a create all of them.
      const sent =
        r.op === 'create'
          ? base
          : Object.fromEntries(Object.entries(base).slice(r.keep % 3, (r.keep % 3) + 2));
      const fields = JSON.parse(JSON.stringify({ ...sent, ...r.bent })) as Record<string, unknown>;
      return {
        id: r.id,
        table: r.table,
        recordId: r.recordId,
        op: r.op,
        fields,
        baseVersion: r.baseVersion,
        hlc: r.hlc,
      };
    });
}

export type Who = 'coordinator' | 'facilitator' | 'unit' | 'nobody' | 'forged';

export const whoArb = fc.constantFrom<Who>('coordinator', 'facilitator', 'unit', 'unit', 'nobody', 'forged');

/** One request: which route, as whom, with what body. */
export function requestArb(ids: KnownIds, userIds: string[], valid: ValidFields) {
  const pushBody = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({
          clientId: fc.oneof(fc.constantFrom('fuzz-client-1', 'fuzz-client-2'), hostileText),
          schemaVersion: fc.oneof(fc.constant(1), hostileValue),
          mutations: fc.array(
            fc.oneof(mutationArb(ids), nearlyValidArb(ids, valid), nearlyValidArb(ids, valid)),
            { maxLength: 5 },
          ),
        })
        .map((b) => JSON.stringify(b)),
    },
    { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: deepNesting.map((n) => `{"clientId":"c","schemaVersion":1,"mutations":${n}}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
  const userBody = fc.oneof(
    fc
      .record(
        {
          username: fc.oneof(fc.stringMatching(/^[a-z0-9._-]{3,12}$/), hostileText),
          password: fc.oneof(fc.constant('sandi-yang-panjang'), hostileText),
          role: fc.oneof(fc.constantFrom('coordinator', 'facilitator', 'unit'), hostileText),
          unitIds: fc.oneof(
            fc.array(fc.constantFrom(...ids.units, 'no-such-unit'), { maxLength: 3 }),
            hostileValue,
          ),
          active: fc.oneof(fc.boolean(), hostileValue),
          fullName: hostileText,
          nip: fc.oneof(fc.stringMatching(/^\d{18}$/), hostileText),
        },
        { requiredKeys: [] },
      )
      .map((b) => JSON.stringify(b)),
    hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
    deepNesting,
  );
  const query = fc.record({
    cursor: fc.option(hostileText),
    limit: fc.option(fc.oneof(fc.integer(), hostileText)),
  });
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ route: fc.constant('push' as const), who: whoArb, body: pushBody }) },
    { weight: 2, arbitrary: fc.record({ route: fc.constant('pull' as const), who: whoArb, query }) },
    {
      weight: 2,
      arbitrary: fc.record({ route: fc.constant('login' as const), body: fc.oneof(userBody, fc.string()) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ route: fc.constant('users-create' as const), who: whoArb, body: userBody }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        route: fc.constant('users-patch' as const),
        who: whoArb,
        target: fc.oneof(fc.constantFrom(...userIds), hostileText),
        body: userBody,
      }),
    },
  );
}

export type FuzzRequest = ReturnType<typeof requestArb> extends fc.Arbitrary<infer R> ? R : never;
