// @vitest-environment node
/**
 * The clinic's identity on the server: one city-wide row ('clinic') that only a coordinator
 * writes and every role pulls. Hostile pushes (a facilitator's, wrong types, a logo that is not a
 * PNG/JPEG data URL or is too big, prototype keys) are refused per mutation, never 5xx, and leave
 * the store as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CLINIC_IDENTITY_ID, MAX_LOGO_CHARS } from '../../src/domain/clinic-identity-record';
import { DEMO_LOGO } from '../../src/domain/demo/logo';
import type { Mutation } from '../../src/protocol/protocol';
import { fields, latest, writer } from './helpers';
import { admin, create, endCursor, s } from './sync-setup';

const identity = (over: object = {}) => ({
  regionName: 'Kota Pontianak',
  place: '',
  clinicName: 'Klinik Inovasi Kota Pontianak',
  agencyName: 'Bapperida Kota Pontianak',
  logo: DEMO_LOGO,
  ...over,
});

const stored = async (token: string) =>
  latest((await s.pullAll(token)).changes).get(`clinicIdentities/${CLINIC_IDENTITY_ID}`);

/** Pushes as `token`; checks nothing new is pulled afterwards; returns the results. */
async function refused(token: string, mutations: Mutation[], clientId = writer().clientId) {
  const cursor = await endCursor(admin);
  const results = await s.push(token, clientId, mutations);
  expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  return results;
}

let facilitator: string;
let member: string;
let version = 0;
beforeAll(async () => {
  const w = writer();
  const unit = await create(admin, w, 'units', fields.unit('Puskesmas Identitas'));
  facilitator = (await s.addUser(admin, 'facilitator', [unit.id])).token;
  member = (await s.addUser(admin, 'unit', [unit.id])).token;
  const [r] = await s.push(admin, w.clientId, [w.create('clinicIdentities', identity(), CLINIC_IDENTITY_ID)]);
  expect(r?.status).toBe('applied');
  version = r?.version ?? 0;
});

describe('the clinic identity on the server', () => {
  it('is city-wide: a facilitator and a unit team pull it with its logo', async () => {
    for (const token of [facilitator, member]) {
      const row = await stored(token);
      expect(row?.fields).toMatchObject({ regionName: 'Kota Pontianak', logo: DEMO_LOGO });
    }
  });

  it("refuses a facilitator's and a unit team's create, edit and delete with reason role", async () => {
    for (const token of [facilitator, member]) {
      const w = writer();
      const results = await refused(
        token,
        [
          w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { clinicName: 'Klinik Palsu' }, version),
          w.remove('clinicIdentities', CLINIC_IDENTITY_ID, version),
          w.create('clinicIdentities', identity({ clinicName: 'Baru' }), 'another-identity'),
        ],
        w.clientId,
      );
      for (const r of results)
        expect(r).toMatchObject({ status: 'rejected', error: 'forbidden', reason: 'role' });
    }
    expect((await stored(admin))?.fields.clinicName).toBe('Klinik Inovasi Kota Pontianak');
  });

  it('refuses wrong types field by field', async () => {
    const w = writer();
    const results = await refused(
      admin,
      [
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { regionName: 42 }, version),
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { clinicName: null }, version),
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { agencyName: ['Bapperida'] }, version),
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo: { src: 'x' } }, version),
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { place: 'x'.repeat(201) }, version),
      ],
      w.clientId,
    );
    expect(results.map((r) => r.details)).toEqual([
      [{ field: 'regionName', code: 'required' }],
      [{ field: 'clinicName', code: 'required' }],
      [{ field: 'agencyName', code: 'required' }],
      [{ field: 'logo', code: 'required' }],
      [{ field: 'place', code: 'tooLong' }],
    ]);
  });

  it('refuses a logo that is SVG, a javascript: or http URL, or not base64', async () => {
    const w = writer();
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    const bad = [
      svg,
      'javascript:alert(1)',
      'https://example.org/logo.png',
      'data:image/png,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      `${DEMO_LOGO}"><script>`,
    ];
    const results = await refused(
      admin,
      bad.map((logo) => w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo }, version)),
      w.clientId,
    );
    for (const r of results) expect(r.details).toEqual([{ field: 'logo', code: 'invalidChoice' }]);
    expect((await stored(admin))?.fields.logo).toBe(DEMO_LOGO);
  });

  it('refuses a logo over the limit, takes one just under it, and serves after a 1.5 MB one', async () => {
    const w = writer();
    const prefix = 'data:image/png;base64,';
    const over = `${prefix}${'A'.repeat(MAX_LOGO_CHARS - prefix.length + 4)}`;
    const huge = `${prefix}${'A'.repeat(1_500_000)}`;
    const results = await refused(
      admin,
      [
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo: over }, version),
        w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo: huge }, version),
      ],
      w.clientId,
    );
    for (const r of results) expect(r.details).toEqual([{ field: 'logo', code: 'tooLong' }]);
    const atLimit = `${prefix}${'A'.repeat(MAX_LOGO_CHARS - prefix.length)}`;
    const [ok] = await s.push(admin, w.clientId, [
      w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo: atLimit }, version),
    ]);
    expect(ok?.status).toBe('applied');
    expect((await stored(facilitator))?.fields.logo).toBe(atLimit);
    const [back] = await s.push(admin, w.clientId, [
      w.patch('clinicIdentities', CLINIC_IDENTITY_ID, { logo: DEMO_LOGO }, ok?.version ?? 0),
    ]);
    expect(back?.status).toBe('applied');
    version = back?.version ?? 0;
  });

  it('refuses prototype keys and unknown fields as invalidChoice', async () => {
    const w = writer();
    const names = ['__proto__', 'constructor', 'toString', 'unitId'];
    const results = await refused(
      admin,
      names.map((name) =>
        w.patch(
          'clinicIdentities',
          CLINIC_IDENTITY_ID,
          JSON.parse(`{${JSON.stringify(name)}: "x"}`),
          version,
        ),
      ),
      w.clientId,
    );
    for (const [i, name] of names.entries()) {
      expect(results[i]?.details).toEqual([{ field: name, code: 'invalidChoice' }]);
    }
    const row = await stored(admin);
    for (const name of names) expect(Object.hasOwn(row?.fields ?? {}, name)).toBe(false);
  });

  it("merges two coordinators' offline creates of the same row field by field", async () => {
    const a = writer();
    const b = writer();
    const [ra] = await s.push(admin, a.clientId, [
      a.patch('clinicIdentities', CLINIC_IDENTITY_ID, { place: 'Pontianak' }, version),
    ]);
    const [rb] = await s.push(admin, b.clientId, [
      b.create('clinicIdentities', identity({ agencyName: 'Bappeda Kota Pontianak' }), CLINIC_IDENTITY_ID),
    ]);
    expect(ra?.status).toBe('applied');
    expect(rb?.status).not.toBe('rejected');
    const row = await stored(facilitator);
    expect(row?.fields.agencyName).toBe('Bappeda Kota Pontianak');
  });
});
