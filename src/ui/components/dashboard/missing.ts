import type { MissingCode } from '../../../domain/completeness';
import { RANCANG_BANGUN_MIN_WORDS } from '../../../domain/words';
import type { MessageKey, Params } from '../../../i18n';

/** The translated label of one missing IID item (rancang bangun says how many words are short). */
export function missingLabel(
  t: (key: MessageKey, params?: Params) => string,
  code: MissingCode,
  rancangBangunWords: number,
): string {
  return t(`innovations.missing.${code}`, { n: Math.max(0, RANCANG_BANGUN_MIN_WORDS - rancangBangunWords) });
}
