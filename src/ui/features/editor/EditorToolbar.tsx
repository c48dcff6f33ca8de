import { useState } from 'react';
import { MODEL_EXPORTERS } from '../../../export/registry';
import type { SaveState } from '../../../state/editorSlice';
import { formatDateTime } from '../library/formatDate';

/** Editor actions the toolbar triggers (all go through bpmn-js `editorActions`). */
export interface ToolbarActions {
  trigger(action: string, opts?: unknown): void;
  toggleMinimap(): void;
  fit(): void;
  saveVersion(): void;
  exportAs(id: string): void;
  showHelp(): void;
  /** Open the Prüfprotokoll (reviewer report) of the open variant. */
  showReport(): void;
}

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'Gespeichert',
  pending: 'Änderungen …',
  saving: 'Speichert …',
  error: 'Nicht gespeichert!',
  conflict: 'Konflikt – nicht gespeichert'
};

/** The editor's toolbar: undo/redo, zoom, align/distribute, search, versions, export, help. */
export function EditorToolbar({ actions, saveState, lastSavedAt }: { actions: ToolbarActions; saveState: SaveState; lastSavedAt?: string }) {
  const [exportOpen, setExportOpen] = useState(false);
  const b = (label: string, text: string, onClick: () => void, title = label) => (
    <button className="btn small" aria-label={label} title={title} onClick={onClick}>{text}</button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Editor-Werkzeuge">
      {b('Rückgängig', '↶ Rückgängig', () => actions.trigger('undo'), 'Rückgängig (Strg+Z)')}
      {b('Wiederholen', '↷ Wiederholen', () => actions.trigger('redo'), 'Wiederholen (Strg+Y)')}
      <span className="sep" />
      {b('Ganzes Diagramm anzeigen', '⤢ Einpassen', () => actions.fit(), 'Ganzes Diagramm anzeigen (Strg+Umschalt+0)')}
      {b('Vergrößern', '+', () => actions.trigger('stepZoom', { value: 1 }), 'Vergrößern (Strg+Plus)')}
      {b('Verkleinern', '−', () => actions.trigger('stepZoom', { value: -1 }), 'Verkleinern (Strg+Minus)')}
      {b('Übersichtskarte ein/aus', 'Karte', () => actions.toggleMinimap(), 'Übersichtskarte ein/aus (Strg+M)')}
      <span className="sep" />
      {b('Links ausrichten', '⇤', () => actions.trigger('alignElements', { type: 'left' }), 'Auswahl links ausrichten')}
      {b('Mittig ausrichten', '↔', () => actions.trigger('alignElements', { type: 'center' }), 'Auswahl zentriert ausrichten')}
      {b('Oben ausrichten', '⤒', () => actions.trigger('alignElements', { type: 'top' }), 'Auswahl oben ausrichten')}
      {b('Horizontal verteilen', '⇹', () => actions.trigger('distributeElements', { type: 'horizontal' }), 'Auswahl horizontal verteilen')}
      {b('Vertikal verteilen', '⇳', () => actions.trigger('distributeElements', { type: 'vertical' }), 'Auswahl vertikal verteilen')}
      <span className="sep" />
      {b('Im Diagramm suchen', 'Suchen', () => actions.trigger('find'), 'Im Diagramm suchen (Strg+F)')}
      <button className="btn small primary" onClick={actions.saveVersion} title="Version mit Kommentar speichern (Strg+S)">Version speichern</button>
      <span style={{ position: 'relative' }}>
        <button className="btn small" aria-haspopup="menu" aria-expanded={exportOpen} onClick={() => setExportOpen(!exportOpen)}>Exportieren ▾</button>
        {exportOpen && (
          <div role="menu" style={{ position: 'absolute', top: '110%', left: 0, background: '#fff', border: '1px solid var(--c-border)', borderRadius: 6, zIndex: 50, minWidth: 180, boxShadow: '0 4px 12px rgba(0,0,0,.15)' }}>
            {MODEL_EXPORTERS.map((e) => (
              <button key={e.id} role="menuitem" className="btn ghost" style={{ width: '100%', justifyContent: 'flex-start' }} onClick={() => { setExportOpen(false); actions.exportAs(e.id); }}>
                {e.label}
              </button>
            ))}
          </div>
        )}
      </span>
      {b('Prüfprotokoll', 'Prüfprotokoll', () => actions.showReport(), 'Prüfprotokoll mit Konformitätsgrad, Befunden und Ausnahmen (HTML/CSV)')}
      {b('Tastenkürzel anzeigen', '?', () => actions.showHelp(), 'Tastenkürzel (?)')}
      <span className={`save-state${saveState === 'error' || saveState === 'conflict' ? ' error' : ''}`} role="status" aria-live="polite" data-testid="save-state" data-state={saveState}>
        {SAVE_TEXT[saveState]}{saveState === 'saved' && lastSavedAt ? ` · ${formatDateTime(lastSavedAt)}` : ''}
      </span>
    </div>
  );
}
