/** German texts of the quick fixes (button labels and label placeholders). */
export const QUICK_FIX_TEXTS = {
  addEndEvent: 'Endereignis anfügen',
  addStartEvent: 'Startereignis davorsetzen',
  addQuestionMark: '„?“ an die Frage anhängen',
  labelYesNo: 'Ausgänge mit „Ja“/„Nein“ beschriften',
  labelPlaceholder: 'Beschriftung eingeben',
  yes: 'Ja',
  no: 'Nein',
  placeholders: {
    activity: 'Objekt bearbeiten',
    startEvent: 'Auslöser eingetreten',
    endEvent: 'Ergebnis erreicht',
    event: 'Zustand erreicht',
    gateway: 'Bedingung erfüllt?',
    lane: 'Rolle',
    participant: 'Organisationseinheit',
    data: 'Dokument',
    other: 'Bezeichnung'
  }
} as const;
