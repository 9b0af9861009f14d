import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { newInnovationFields } from '../../src/domain/innovation';
import { newUnitFields } from '../../src/domain/unit';
import { preloadRoute } from '../../src/ui/pages/lazy-pages';
import {
  IN_ENTRY,
  matchRoute,
  navSectionOf,
  paths,
  queryParam,
  ROUTES,
  type RouteName,
} from '../../src/ui/router';
import { parseImports } from '../helpers/import-graph';
import { renderApp } from '../helpers/render-app';

const NAMES = Object.keys(ROUTES) as RouteName[];
const ID = 'unit-7f3a_b';

/** The path of a route, with `ID` for its parameter when it has one. */
const pathOf = (name: RouteName): string => (paths[name] as (id: string) => string)(ID);

describe('route table', () => {
  it('matches every path it builds back to its own route, with the id', () => {
    for (const name of NAMES) {
      const route = matchRoute(pathOf(name));
      expect(route.name).toBe(name);
      if (ROUTES[name].path.includes(':')) expect(route).toEqual({ name, id: ID });
      else expect(route).toEqual({ name });
    }
  });

  it('builds the paths users share', () => {
    expect(paths.units()).toBe('/units');
    expect(paths.unitReport('u1')).toBe('/units/u1/report');
    expect(paths.board('i9')).toBe('/innovations/i9/board');
    expect(paths.syncStatus()).toBe('/sync');
    expect(paths.followUps()).toBe('/follow-ups');
  });

  it('opens the units list at /, with a trailing slash, and ignores the query', () => {
    expect(matchRoute('/')).toEqual({ name: 'units' });
    expect(matchRoute('/units/')).toEqual({ name: 'units' });
    expect(matchRoute('/sessions/s1?from=unit')).toEqual({ name: 'session', id: 's1' });
    expect(queryParam('/sessions?unit=u1&x=2', 'unit')).toBe('u1');
    expect(queryParam('/sessions', 'unit')).toBeNull();
  });

  it('answers "not found" for what it does not know', () => {
    for (const path of ['/nope', '/units/a/b', '/units/a b', '/innovations/x/board/more', '']) {
      expect(matchRoute(path)).toEqual({ name: 'notFound' });
    }
  });

  it('tells which nav section a route highlights', () => {
    expect(navSectionOf(matchRoute('/units/u1/report'))).toBe('units');
    expect(navSectionOf(matchRoute('/targets'))).toBe('targets');
    expect(navSectionOf(matchRoute('/sessions/s1/minutes'))).toBe('sessions');
    expect(navSectionOf(matchRoute('/conflicts'))).toBeUndefined();
    expect(navSectionOf({ name: 'notFound' })).toBeUndefined();
  });

  it('names its pages only through import(), so each stays its own chunk', () => {
    const file = resolve(__dirname, '../../src/ui/router.ts');
    const pages = parseImports(file, readFileSync(file, 'utf8')).filter((i) =>
      i.specifier.includes('/pages/'),
    );
    expect(pages.length).toBe(NAMES.length - 1);
    expect(pages.filter((i) => !i.dynamic)).toEqual([]);
  });

  it('loads a component for every route not in the entry', async () => {
    const lazy = NAMES.filter((name) => ROUTES[name].page !== IN_ENTRY);
    expect(lazy.length).toBe(NAMES.length - 1);
    for (const name of lazy) {
      const page = ROUTES[name].page;
      if (page === IN_ENTRY) continue;
      expect(typeof (await page())).toBe('function');
    }
  }, 30_000);
});

describe('App', () => {
  it('shows the units list from the entry, with its nav link current', async () => {
    renderApp('/');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Unit kerja');
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('Unit');
  });

  it("shows a lazy route's page for the route's id", async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    const id = await createRecord('innovations', newInnovationFields({ unitId, name: 'Posyandu Digital' }));
    await preloadRoute(matchRoute(paths.innovation(id)));
    renderApp(paths.innovation(id));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('Posyandu Digital');
    expect(screen.getByTestId('unit-link').textContent).toContain('Dinas Kesehatan');
    expect(screen.getByRole('link', { current: 'page' }).textContent).toBe('Inovasi');
  });

  it('shows "not found" for an unknown path, with no nav link current', async () => {
    renderApp('/nope');
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Halaman tidak ditemukan');
    expect(screen.queryByRole('link', { current: 'page' })).toBeNull();
  });
});
