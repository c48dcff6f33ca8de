import type { MessageDirection } from '../../../domain/compare/matching/matchable';

/**
 * Every German label of the compare page in one place (tabs, buttons, headings, hints), so that
 * a translation has one file to change. Texts computed by the domain (notes, deviations, the
 * similarity measure) come from `src/domain/compare/messages.ts` and the views.
 */
export const TEXTS = {
  title: (process: string) => `Vergleich: ${process}`,
  back: '← Bibliothek',
  loading: 'Modelle werden geladen …',
  refresh: 'Neu vergleichen',
  refreshHint: 'Modelle neu einlesen (z. B. nach Änderungen im Editor) und erneut vergleichen',
  progressParse: (done: number, total: number) => `Modelle werden gelesen (${done} von ${total}) …`,
  progressMatch: (n: number) => `${n} Varianten werden abgeglichen …`,
  running: 'Wird neu berechnet …',
  computedIn: (ms: number) => `berechnet in ${ms} ms`,
  variantsLegend: 'Varianten im Vergleich',
  variantsSummary: (chosen: number, total: number, soll?: string) => `${chosen} von ${total} Varianten${soll ? ` · SOLL: ${soll}` : ' · ohne SOLL'}`,
  include: (name: string) => `${name} vergleichen`,
  sollLabel: 'SOLL-Referenz',
  sollAuto: 'automatisch',
  sollNone: 'keine (ohne Abweichungen)',
  notesTitle: (n: number) => `Hinweise zum Vergleich (${n})`,
  tabs: {
    matrix: 'Schritte × Varianten',
    similarity: 'Ähnlichkeit',
    deviations: 'Abweichungen vom SOLL',
    pair: 'Zwei Varianten nebeneinander',
    revisions: 'Zwei Versionen einer Variante',
    soll: 'SOLL-Vorschlag',
    log: 'Protokoll'
  },
  tabsLabel: 'Ansichten des Vergleichs',
  export: {
    menu: 'Exportieren',
    matrixCsv: 'Matrix als CSV',
    deviationCsv: 'Abweichungen als CSV',
    xlsx: 'Matrix, Abweichungen und Ähnlichkeit als Excel (.xlsx)',
    heatmapSvg: 'Heatmap als SVG',
    heatmapPng: 'Heatmap als PNG',
    failed: (reason: string) => `Export fehlgeschlagen: ${reason}`
  },
  matrix: {
    caption: (steps: number, variants: number) => `${steps} Schritte in ${variants} Varianten`,
    sortLabel: 'Sortierung',
    sort: { order: 'Konsens-Reihenfolge', support: 'Unterstützung (häufigste zuerst)', name: 'Name', confidence: 'Konfidenz (unsicherste zuerst)' },
    filterLabel: 'Schritte filtern',
    filterPlaceholder: 'Schritt oder Aktivität suchen',
    stepHeader: 'Schritt',
    supportHeader: 'Varianten',
    gap: 'fehlt',
    gapTitle: (variant: string) => `${variant}: Schritt fehlt`,
    lowConfidence: 'unsicher',
    confidence: (pct: number) => `Konfidenz ${pct} %`,
    split: (n: number) => `1:${n} – in ${n} Aktivitäten aufgeteilt`,
    confirmed: 'bestätigt',
    renamed: 'umbenannt',
    select: (step: string) => `Schritt „${step}“ auswählen`,
    confirm: 'Bestätigen',
    confirmLabel: (step: string) => `Schritt „${step}“ bestätigen`,
    rename: 'Umbenennen',
    renameLabel: (step: string) => `Schritt „${step}“ umbenennen`,
    splitAction: 'Aufteilen',
    splitLabel: (step: string) => `Schritt „${step}“ aufteilen`,
    merge: (n: number) => `${n} ausgewählte Schritte zusammenführen`,
    clearSelection: 'Auswahl aufheben',
    cellLabel: (variant: string, labels: string) => `${variant}: ${labels}`,
    legendGap: 'Lücke (Schritt fehlt)',
    legendLow: 'unsichere Zuordnung (Konfidenz unter 60 %)',
    legendSplit: '1:n – Schritt auf mehrere Aktivitäten verteilt',
    eventBadge: '✉ Ereignis',
    eventTitle: (direction: MessageDirection) =>
      direction === 'receive'
        ? 'Nachrichtenereignis: der Bezirk empfängt hier, ohne eine Aufgabe dafür zu modellieren'
        : 'Nachrichtenereignis: der Bezirk versendet hier, ohne eine Aufgabe dafür zu modellieren',
    legendEvent: 'Schritt nur als Nachrichtenereignis modelliert',
    legendConfirmed: 'von Berater/in bestätigt',
    legend: 'Legende',
    captionCounts: (gaps: number, low: number) => `${gaps} Lücken, ${low} unsichere Zuordnungen.`,
    empty: 'Keine Schritte gefunden.',
    keys: 'Zellen: Pfeiltasten wechseln die Zelle, Pos1/Ende springen an den Zeilenanfang oder das Zeilenende, Eingabe öffnet die Zelle.',
    supportTitle: (n: number, total: number) => `${n} von ${total} Varianten enthalten diesen Schritt`
  },
  cell: {
    title: (variant: string, step: string) => `${variant} – ${step}`,
    activity: 'Aktivität',
    role: 'Rolle',
    it: 'IT-System',
    medium: 'Medium',
    confidence: 'Konfidenz',
    elementId: 'Element-ID',
    reject: 'Gehört nicht zu diesem Schritt (lösen)',
    rejectHint: 'Die Aktivität wird aus dem Schritt gelöst und bildet einen eigenen Schritt. Die Entscheidung bleibt beim nächsten Abgleich erhalten.',
    rejectUnavailable: 'Nur diese Variante hat den Schritt – hier gibt es nichts zu lösen.',
    confirmStep: 'Schritt bestätigen',
    close: 'Schließen'
  },
  explain: {
    button: 'Warum?',
    buttonLabel: (label: string) => `Warum gehört „${label}“ zu diesem Schritt?`,
    loading: 'Wird berechnet …',
    alone: 'Keine andere Variante hat diesen Schritt – es gibt nichts zu vergleichen.',
    intro: (threshold: number) => `Ähnlichkeit zu den anderen Aktivitäten des Schritts (ab ${threshold} % bilden zwei Aktivitäten einen Schritt; eine Gruppe braucht im Mittel weniger).`,
    termsOf: (label: string, terms: string[]) => `„${label}“ wird verglichen als: ${formatTerms(terms)}.`,
    terms: (terms: string[]) => `verglichen als: ${formatTerms(terms)}`,
    eventReading: (direction: MessageDirection) =>
      direction === 'receive' ? '(Nachrichtenereignis: gelesen als „empfangen“ + Beschriftung)' : '(Nachrichtenereignis: gelesen als „versenden“ + Beschriftung)',
    other: 'Andere Aktivität',
    score: 'Ähnlichkeit',
    reasons: 'Woraus sie sich ergibt',
    label: (pct: number) => `Beschriftung ${pct} %`,
    context: (title: string, points: number) => `${title} ${points > 0 ? '+' : '−'}${Math.abs(points)} Punkte`,
    unlabelled: '(ohne Beschriftung)',
    unknown: 'nicht mehr im Modell'
  },
  rename: {
    title: (step: string) => `Schritt „${step}“ umbenennen`,
    label: 'Neuer Name des Schritts',
    save: 'Umbenennen',
    cancel: 'Abbrechen'
  },
  splitDialog: {
    title: (step: string) => `Schritt „${step}“ aufteilen`,
    hint: 'Ordnen Sie jede Aktivität einem Teil zu. Teil 1 bleibt der Schritt, jeder weitere Teil wird ein eigener Schritt.',
    part: (n: number) => `Teil ${n}`,
    partLabel: (variant: string, label: string) => `Teil für „${label}“ (${variant})`,
    save: 'Aufteilen',
    cancel: 'Abbrechen',
    nothing: 'Bitte ordnen Sie mindestens eine Aktivität einem anderen Teil zu.'
  },
  similarity: {
    title: 'Ähnlichkeit der Varianten',
    measure: 'So wird gemessen',
    cellTitle: (a: string, b: string, pct: number, shared: number) => `${a} / ${b}: ${pct} % ähnlich, ${shared} gemeinsame Schritte`,
    parts: (s: number, t: number, o: number) => `Schritte ${s} % · Struktur ${t} % · Reihenfolge ${o} %`,
    scaleLow: 'unähnlich',
    scaleHigh: 'gleich',
    tableCaption: 'Ähnlichkeit in Prozent (Zeile / Spalte)'
  },
  deviations: {
    noSoll: 'Für die Abweichungen wird eine SOLL-Variante benötigt. Wählen Sie oben eine SOLL-Referenz oder legen Sie einen SOLL-Vorschlag an.',
    overview: 'Abdeckung des SOLL je Variante',
    coverage: (pct: number, covered: number, total: number) => `${pct} % (${covered} von ${total} SOLL-Schritten)`,
    variantLabel: 'Variante',
    show: 'Anzeigen',
    showLabel: (variant: string) => `Abweichungen von ${variant} anzeigen`,
    missing: 'Fehlende SOLL-Schritte',
    missingHint: 'Fehlende Schritte lassen sich im IST-Diagramm nicht markieren; sie sind hier aufgelistet.',
    extra: 'Zusätzliche Schritte (nicht im SOLL)',
    order: 'Andere Reihenfolge',
    role: 'Andere Rolle',
    none: 'keine',
    noDeviations: 'Keine Abweichungen vom SOLL.',
    diagramLabel: (variant: string) => `Diagramm ${variant} mit markierten Abweichungen`,
    locate: (label: string) => `„${label}“ im Diagramm zeigen`,
    showShort: 'zeigen'
  },
  pair: {
    left: 'Linke Variante',
    right: 'Rechte Variante',
    counts: (m: number, d: number, l: number, r: number) => `${m} übereinstimmend · ${d} abweichend · ${l} nur links · ${r} nur rechts`,
    diagramLabel: (side: string, variant: string) => `${side}: ${variant}`,
    syncHint: 'Klicken Sie eine Aktivität an: Ihre Entsprechung wird auf der anderen Seite ausgewählt.',
    selected: (label: string, partners: string) => `Ausgewählt: „${label}“ → ${partners || 'keine Entsprechung'}`,
    listLabel: (side: 'left' | 'right', variant: string) => `Aktivitäten ${side === 'left' ? 'links' : 'rechts'}: ${variant}`,
    same: 'Bitte zwei verschiedene Varianten wählen.'
  },
  revisions: {
    variant: 'Variante',
    before: 'Ältere Version',
    after: 'Neuere Version',
    workingCopy: 'Aktueller Arbeitsstand (automatisch gespeichert)',
    compare: 'Versionen vergleichen',
    onlyOne: 'Diese Variante hat erst eine Version. Speichern Sie im Editor eine weitere Version („Version speichern“), um Versionen zu vergleichen.',
    counts: (a: number, r: number, c: number, m: number) => `${a} hinzugefügt · ${r} entfernt · ${c} geändert · ${m} nur verschoben`,
    none: 'Die beiden Versionen sind gleich.',
    running: 'Versionen werden verglichen …',
    beforeDiagram: 'Ältere Version (entfernte Elemente markiert)',
    afterDiagram: 'Neuere Version (hinzugefügte, geänderte und verschobene Elemente markiert)',
    kinds: { added: 'hinzugefügt', removed: 'entfernt', changed: 'geändert', moved: 'nur verschoben' },
    elementKinds: { node: 'Knoten', flow: 'Fluss', lane: 'Lane', participant: 'Pool' },
    revisionOption: (when: string, comment: string, author: string) => `${when} – ${comment || 'ohne Kommentar'} (${author})`
  },
  soll: {
    intro: 'Der Vorschlag übernimmt die Schritte, die mindestens k der IST-Varianten als Aktivität ausführen (ein Nachrichtenereignis allein zählt nicht), in Konsens-Reihenfolge; Lanes ergeben sich aus den häufigsten Rollen.',
    slider: (k: number, n: number) => `Schritte, die mindestens ${k} von ${n} Varianten enthalten`,
    sliderLabel: 'Mindestanzahl k der Varianten',
    preview: (steps: number) => `Vorschau: ${steps} Schritte`,
    step: 'Schritt',
    lane: 'Lane (Rolle)',
    support: 'Unterstützt von',
    create: 'Als SOLL-Variante anlegen',
    creating: 'SOLL-Variante wird angelegt …',
    empty: 'Kein Schritt erreicht diese Unterstützung. Verringern Sie k.'
  },
  log: {
    title: 'Protokoll der Entscheidungen',
    author: 'Ihr Name im Protokoll',
    authorSave: 'Übernehmen',
    authorHint: 'Entscheidungen werden mit diesem Namen protokolliert.',
    empty: 'Noch keine Entscheidungen. Bestätigen, lösen, zusammenführen, aufteilen oder umbenennen Sie Schritte in der Matrix.',
    when: 'Wann',
    who: 'Wer',
    what: 'Was',
    status: 'Status',
    withdraw: 'Zurücknehmen',
    withdrawLabel: (text: string) => `Entscheidung „${text}“ zurücknehmen`
  },
  viewer: {
    renderFailed: (reason: string) => `Das Modell konnte nicht angezeigt werden: ${reason}`,
    legend: 'Legende der Markierungen'
  },
  unknownAuthor: 'unbekannt'
} as const;

/** Word stems as the matcher compares them; `*` marks the action („antrag, prüf (Tätigkeit)“). */
function formatTerms(terms: string[]): string {
  return terms.length ? terms.map((t) => (t.endsWith('*') ? `${t.slice(0, -1)} (Tätigkeit)` : t)).join(', ') : '–';
}
