import { germanTypeLabel } from './germanTypeLabel';
import { TRANSLATIONS_DE } from './translationsDe';

/**
 * diagram-js module replacing `translate` with German. Strings without German are recorded in
 * `untranslatedStrings` (and on `window.__gpmUntranslated` in the browser) so that tests find gaps.
 */
export const untranslatedStrings = new Set<string>();

/** Translate an English diagram-js template to German and fill `{placeholders}`. */
export function translateDe(template: string, replacements?: Record<string, string>): string {
  const translated = TRANSLATIONS_DE[template] ?? germanTypeLabel(template);
  if (translated === undefined && template.trim() !== '' && !/^\s*[+x\s]*\s*$/.test(template)) {
    if (!untranslatedStrings.has(template)) {
      untranslatedStrings.add(template);
      const w = globalThis as { __gpmUntranslated?: string[] };
      (w.__gpmUntranslated ??= []).push(template);
    }
  }
  const text = translated ?? template;
  return text.replace(/{([^}]+)}/g, (_, key: string) => {
    const value = replacements?.[key];
    return value !== undefined ? String(value) : `{${key}}`;
  });
}

export const GermanTranslateModule = {
  translate: ['value', translateDe]
};
