/** German texts of the lint markers on the canvas. */
export const LINT_MARKER_TEXTS = {
  badgeTitle: (open: number, waived: number): string =>
    [open ? `${open} offene${open === 1 ? 'r' : ''} Befund${open === 1 ? '' : 'e'}` : '', waived ? `${waived} begründete Ausnahme${waived === 1 ? '' : 'n'}` : '']
      .filter(Boolean)
      .join(', ') + ' – klicken zeigt die Befunde',
  waivedSymbol: '✓'
} as const;
