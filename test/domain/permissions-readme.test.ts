// @vitest-environment node
/**
 * README's "Siapa boleh apa / Who may do what" table is MATRIX written out for people: parse it
 * and compare, so the two can't drift. A changed right, a new record kind or a new role fails here
 * until README says the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATRIX, type RecordKind, ROLES, type Role } from '../../src/domain/permissions';

const HEADING = '## Siapa boleh apa / Who may do what';

interface Row {
  create: boolean;
  edit: 'all' | string[];
  delete: boolean;
  restore: boolean;
}

function yesNo(cell: string, where: string): boolean {
  if (cell === 'yes') return true;
  if (cell === 'no') return false;
  throw new Error(`${where}: expected yes or no, found "${cell}"`);
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

/** The first table after the heading, as role → kind → rights. */
function readmeMatrix(readme: string): Record<string, Record<string, Row>> {
  const start = readme.indexOf(HEADING);
  if (start < 0) throw new Error(`README has no "${HEADING}" section`);
  const section = readme.slice(start + HEADING.length).split(/\n## /)[0] ?? '';
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const [header, rule, ...rows] = lines;
  expect(header?.split('|').map((c) => c.trim())).toEqual([
    '',
    'role',
    'record',
    'create',
    'edit (fields)',
    'delete',
    'restore',
    '',
  ]);
  expect(rule).toMatch(/^\|(-+\|)+$/);
  const out: Record<string, Record<string, Row>> = {};
  for (const line of rows) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const [role = '', kind = '', create = '', edit = '', del = '', restore = ''] = cells;
    expect(cells, line).toHaveLength(6);
    const name = unquote(kind);
    const byRole = out[role] ?? {};
    out[role] = byRole;
    expect(byRole[name], `${role} × ${name} appears twice`).toBeUndefined();
    byRole[name] = {
      create: yesNo(create, line),
      edit: edit === 'all' ? 'all' : edit === '—' ? [] : edit.split(',').map((f) => unquote(f.trim())),
      delete: yesNo(del, line),
      restore: yesNo(restore, line),
    };
  }
  return out;
}

describe('README permission table', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

  it('equals MATRIX, role by role and record by record', () => {
    const fromMatrix = Object.fromEntries(
      ROLES.map((role: Role) => [
        role,
        Object.fromEntries(
          (Object.keys(MATRIX[role]) as RecordKind[]).map((kind) => {
            const r = MATRIX[role][kind];
            return [
              kind,
              {
                create: r.create,
                edit: r.edit === 'all' ? 'all' : [...r.edit],
                delete: r.delete,
                restore: r.restore,
              },
            ];
          }),
        ),
      ]),
    );
    expect(readmeMatrix(readme)).toEqual(fromMatrix);
  });

  it('notices a drifted cell', () => {
    const drifted = readme.replace(
      '| unit | `mentoringSessions` | no | — |',
      '| unit | `mentoringSessions` | no | all |',
    );
    expect(drifted).not.toBe(readme);
    expect(readmeMatrix(drifted).unit?.mentoringSessions?.edit).toBe('all');
    expect(() =>
      readmeMatrix(readme.replace('| unit | `units` | no |', '| unit | `units` | maybe |')),
    ).toThrow(/yes or no/);
  });
});
