/**
 * Function words that carry no meaning for matching step labels. Negations are not stop words:
 * "Antrag nicht vollständig" and "Antrag vollständig" are different steps.
 */

/** German function words (folded: lower case, ä → ae …). */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'bzw',
  'sowie', 'zu', 'zur', 'zum', 'von', 'vom', 'im', 'in', 'ins', 'am', 'an', 'auf', 'fuer', 'mit', 'bei', 'beim',
  'nach', 'aus', 'ueber', 'durch', 'ob', 'dass', 'wenn', 'falls', 'als', 'auch', 'sich', 'ist', 'sind', 'wird',
  'werden', 'wurde', 'wurden', 'ggf', 'gegebenenfalls', 'evtl', 'eventuell', 'z', 'b', 'bspw', 'etc', 'usw', 'per',
  'je', 'pro', 'bis', 'ab', 'um', 'unter', 'vor', 'gegen', 'ohne', 'sein', 'seine', 'ihre', 'ihr', 'ihren', 'ihrem',
  'seinen', 'seinem', 'dies', 'diese', 'dieser', 'dieses', 'alle', 'jeweils', 'sofern', 'soweit', 'inkl', 'bzgl',
  'hat', 'haben', 'wo', 'wie', 'was', 'welche', 'welcher', 'es', 'er', 'sie', 'man', 'so', 'noch', 'nur', 'dann',
  'da', 'hier', 'dort', 'ca', 'lt', 'laut', 'gem', 'gemaess', 'mittels', 'via', 'samt', 'nebst'
]);

/** English function words. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'if',
  'is', 'are', 'be', 'been', 'being', 'as', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her',
  'our', 'your', 'all', 'each', 'per', 'via', 'about', 'whether', 'than', 'then', 'so', 'has', 'have', 'had', 'was',
  'were', 'will', 'shall', 'should', 'can', 'may', 'must', 'up', 'out', 'over', 'under', 'e', 'g', 'eg', 'ie',
  'etc', 'within', 'other', 'any', 'some', 'there', 'which', 'who', 'what', 'when', 'where', 'how', 'also', 'only'
]);

/** Negation words (folded); a label containing one is "negated". */
export const NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'not', 'no', 'non', 'without']);

/**
 * Light verbs (German "Funktionsverben"): in "Prüfung durchführen" or "Berechnung vornehmen" the
 * noun names the action and the verb adds nothing, so the label means "prüfen" / "berechnen".
 * Folded forms.
 */
export const GERMAN_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'durchfuehren', 'vornehmen', 'erledigen', 'machen', 'taetigen', 'ausfuehren', 'vollziehen', 'erfolgen', 'lassen',
  'durchgefuehrt', 'vorgenommen', 'erledigt', 'gemacht', 'getaetigt', 'ausgefuehrt', 'vollzogen', 'erfolgt'
]);

/** English light verbs ("Conduct interview" = interview, "Make decision" = decide). */
export const ENGLISH_LIGHT_VERBS: ReadonlySet<string> = new Set(['do', 'does', 'make', 'makes', 'perform', 'performs', 'conduct', 'conducts', 'carry', 'execute', 'undertake']);
