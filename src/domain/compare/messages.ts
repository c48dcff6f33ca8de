/**
 * Every German text of the comparison domain in one place (notes, deviation texts, CSV headers),
 * so that views and CLI show the same words and a translation has one file to change.
 */
export const MESSAGES = {
  unlabelledStep: '(ohne Beschriftung)',
  noActivities: (name: string) => `„${name}“ enthält keine Aktivitäten und erscheint nur als leere Spalte.`,
  unlabelled: (name: string, count: number) =>
    `„${name}“: ${count === 1 ? 'eine Aktivität hat' : `${count} Aktivitäten haben`} keine Beschriftung und ${count === 1 ? 'bleibt' : 'bleiben'} ohne Zuordnung.`,
  duplicateLabel: (name: string, label: string, count: number) =>
    `„${name}“ enthält „${label}“ ${count}-mal; die Vorkommen werden nach Möglichkeit demselben Schritt zugeordnet.`,
  identical: (a: string, b: string) => `„${a}“ und „${b}“ haben dieselben Schritte in derselben Reihenfolge.`,
  severalPools: (name: string, count: number) =>
    `„${name}“ hat ${count} Pools mit Abläufen; alle werden verglichen, als Rolle gilt die Lane bzw. der Pool.`,
  english: (name: string) =>
    `„${name}“ ist englisch beschriftet und wird mit englischer Wortanalyse verglichen; mit deutschen Varianten stimmen nur gleiche Wörter überein.`,
  tooFew: 'Für einen Vergleich werden mindestens zwei Varianten benötigt.',
  noSoll: 'Keine SOLL-Variante angegeben: Abweichungen vom SOLL werden nicht berechnet.',
  decisionStale: (what: string) => `Entscheidung „${what}“ betrifft Aktivitäten, die es nicht mehr gibt, und wurde nur teilweise angewendet.`
} as const;
