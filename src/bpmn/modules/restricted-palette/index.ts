import { RestrictedPalette } from './RestrictedPalette';

export { RestrictedPalette } from './RestrictedPalette';

/** diagram-js module: palette/replace menu restricted to a profile's allowed elements (`restrictedPalette`). */
export const RestrictedPaletteModule = {
  __init__: ['restrictedPalette'],
  restrictedPalette: ['type', RestrictedPalette]
};
