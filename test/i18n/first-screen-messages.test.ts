// @vitest-environment node
/**
 * The entry ships only the first screen's Indonesian messages (src/i18n/id/core.ts); every other
 * message arrives with the page that needs it (ui/lazy-page.tsx). A module that runs before that
 * load — anything the entry imports statically, and the parts loaded with `allMessages: false` —
 * must use core messages only, or the user would see a raw key. This walks those modules'
 * static imports from the source and checks every message key written in them.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id';
import { idCore } from '../../src/i18n/id/core';
import { parseImports, resolveModule } from '../helpers/import-graph';

const SRC = resolve(__dirname, '../../src');
/** The entry, and what is loaded lazily with `allMessages: false` (grep finds them below). */
const ROOTS = ['main.tsx'];

const LAZY_CORE_ONLY = /import\('(\.[^']+)'\)[^;]*?allMessages:\s*false/gs;

/** What a module loads before it runs: its static imports that survive the build, and its core-only lazy parts. */
function loadedWith(file: string, source: string): string[] {
  const specifiers = parseImports(file, source)
    .filter((i) => !i.dynamic && !i.typeOnly && i.specifier.startsWith('.'))
    .map((i) => i.specifier);
  for (const m of source.matchAll(LAZY_CORE_ONLY)) specifiers.push(m[1] ?? '');
  return specifiers;
}

/** Every module that may render before the rest of the messages loads. */
function firstScreenModules(): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.startsWith(join(SRC, 'i18n'))) return;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    for (const specifier of loadedWith(file, source)) {
      const target = resolveModule(file, specifier);
      if (target) visit(target);
    }
  };
  for (const root of ROOTS) visit(join(SRC, root));
  return seen;
}

const allKeys = Object.keys(id);
const coreKeys = new Set(Object.keys(idCore));

/** Message keys a module names: whole string literals, and keys a template literal's prefix can build. */
function keysUsed(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/'([^'\n]+)'|"([^"\n]+)"/g)) {
    const literal = m[1] ?? m[2] ?? '';
    if (literal in id) found.add(literal);
  }
  for (const m of source.matchAll(/`([\w.]+\.)\$\{/g)) {
    const prefix = m[1] ?? '';
    for (const key of allKeys) if (key.startsWith(prefix)) found.add(key);
  }
  return [...found];
}

describe('first-screen messages', () => {
  const modules = firstScreenModules();
  const names = [...modules.keys()].map((f) => relative(SRC, f));

  it('finds the first screen: shell, units list, login page and new-unit panel', () => {
    for (const expected of [
      'ui/Layout.tsx',
      'ui/pages/UnitsPage.tsx',
      'ui/pages/LoginPage.tsx',
      'ui/components/units/NewUnitPanel.tsx',
      'ui/components/sync/SyncBadge.tsx',
    ]) {
      expect(names).toContain(expected);
    }
    // Lazy pages that wait for the whole catalogue stay out.
    expect(names).not.toContain('ui/pages/DashboardPage.tsx');
  });

  it('uses only messages that ship with the entry', () => {
    const outside: string[] = [];
    let used = 0;
    for (const [file, source] of modules) {
      for (const key of keysUsed(source)) {
        used++;
        if (!coreKeys.has(key)) outside.push(`${relative(SRC, file)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });
});
