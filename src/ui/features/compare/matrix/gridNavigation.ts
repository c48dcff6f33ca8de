/**
 * Arrow-key navigation over the matrix cells (a roving tab stop): only one cell button is in the
 * tab order; arrows move between filled cells (gaps are skipped), Home/End to the row's first and
 * last cell, Ctrl+Home/End to the table's. Works on the DOM, so moving the focus never
 * re-renders a row.
 */
const CELL = 'button.cell-btn';

function cellsOf(row: Element | null): HTMLButtonElement[] {
  return row ? [...row.querySelectorAll<HTMLButtonElement>(CELL)] : [];
}

function columnOf(button: HTMLElement): number {
  return (button.closest('td') as HTMLTableCellElement | null)?.cellIndex ?? -1;
}

/** The cell to move to for a key, or undefined when the key is not a navigation key. */
export function targetCell(from: HTMLButtonElement, key: string, ctrl: boolean): HTMLButtonElement | undefined {
  const row = from.closest('tr');
  const body = row?.parentElement;
  if (!row || !body) return undefined;
  const inRow = cellsOf(row);
  const at = inRow.indexOf(from);
  const vertical = (step: 1 | -1) => {
    const col = columnOf(from);
    for (let r = step > 0 ? row.nextElementSibling : row.previousElementSibling; r; r = step > 0 ? r.nextElementSibling : r.previousElementSibling) {
      const hit = cellsOf(r).find((b) => columnOf(b) === col);
      if (hit) return hit;
    }
    return undefined;
  };
  switch (key) {
    case 'ArrowRight':
      return inRow[at + 1];
    case 'ArrowLeft':
      return inRow[at - 1];
    case 'ArrowDown':
      return vertical(1);
    case 'ArrowUp':
      return vertical(-1);
    case 'Home':
      return ctrl ? body.querySelector<HTMLButtonElement>(CELL) ?? undefined : inRow[0];
    case 'End': {
      if (!ctrl) return inRow[inRow.length - 1];
      const all = body.querySelectorAll<HTMLButtonElement>(CELL);
      return all[all.length - 1];
    }
    default:
      return undefined;
  }
}

/** Move the roving tab stop to `to` and focus it. */
export function moveFocus(from: HTMLElement, to: HTMLElement): void {
  from.tabIndex = -1;
  to.tabIndex = 0;
  to.focus();
  to.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Make sure exactly one cell of the table is reachable by Tab (the first, unless one already is). */
export function ensureTabStop(table: HTMLElement | null): void {
  if (!table || table.querySelector(`${CELL}[tabindex="0"]`)) return;
  const first = table.querySelector<HTMLButtonElement>(CELL);
  if (first) first.tabIndex = 0;
}
