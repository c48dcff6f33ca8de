import { Dialog } from '../../components/Dialog';

const SHORTCUTS: Array<[string, string]> = [
  ['Strg + Z', 'Rückgängig'],
  ['Strg + Y  oder  Strg + Umschalt + Z', 'Wiederholen'],
  ['Strg + C / Strg + V', 'Kopieren / Einfügen'],
  ['Strg + A', 'Alles auswählen'],
  ['Entf / Rücktaste', 'Auswahl löschen'],
  ['Strg + F', 'Im Diagramm suchen'],
  ['E', 'Direkt bearbeiten (Beschriftung)'],
  ['H', 'Hand-Werkzeug (verschieben)'],
  ['L', 'Lasso-Werkzeug (auswählen)'],
  ['S', 'Platz einfügen/entfernen'],
  ['C', 'Globales Verbindungswerkzeug'],
  ['R', 'Element ersetzen (Typ ändern)'],
  ['A', 'Element anhängen'],
  ['N', 'Element erstellen'],
  ['Pfeiltasten', 'Auswahl verschieben (mit Umschalt: in größeren Schritten)'],
  ['Strg + Mausrad / Strg + Plus/Minus', 'Zoomen'],
  ['Strg + 0', 'Zoom zurücksetzen'],
  ['Strg + Umschalt + 0', 'Ganzes Diagramm anzeigen'],
  ['Strg + S', 'Version speichern'],
  ['Strg + M', 'Übersichtskarte ein/aus'],
  ['?  oder  F1', 'Diese Hilfe']
];

/** Overlay listing the editor's keyboard shortcuts (German). */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Tastenkürzel" onClose={onClose} footer={<button className="btn primary" onClick={onClose}>Schließen</button>}>
      <div className="kbd-help">
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <td>{keys.split('  oder  ').map((k, i) => <span key={k}>{i > 0 && ' oder '}<kbd>{k}</kbd></span>)}</td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
