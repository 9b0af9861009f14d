/**
 * An ICU-like count: `{n, plural, one {# unit} other {# units}}` picks the form Intl.PluralRules
 * gives for n (`#` is n, formatted). The branch text holds no braces. Indonesian has one form and
 * needs none; English counts use it so a person never reads "1 units". Only the English catalogue
 * (en/index.ts) brings this module, and loadLang registers it with `translate`, so the first
 * screen, which is Indonesian, does not carry it.
 */
import { formatNumber, type Lang, LOCALES, type Params } from './index';

const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const rules: Partial<Record<Lang, Intl.PluralRules>> = {};
function pluralRules(lang: Lang): Intl.PluralRules {
  rules[lang] ??= new Intl.PluralRules(LOCALES[lang]);
  return rules[lang];
}

/** Replaces each plural count in `text` by its form for the count in `params`. */
export function expandPlurals(lang: Lang, text: string, params: Params): string {
  return text.replace(PLURAL, (m, name: string, forms: string) => {
    const v = params[name];
    if (v === undefined) return m;
    const branches = new Map([...forms.matchAll(/(\w+) \{([^{}]*)\}/g)].map((b) => [b[1], b[2]]));
    const chosen = branches.get(pluralRules(lang).select(Number(v))) ?? branches.get('other') ?? m;
    return chosen.replace('#', typeof v === 'number' ? formatNumber(lang, v) : v);
  });
}
