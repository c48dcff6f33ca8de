import type { ModelExporter } from './modelExporter';

/** `.svg`: the diagram as vector graphic. */
export const svgExporter: ModelExporter = {
  id: 'svg',
  label: 'Grafik (.svg)',
  extension: 'svg',
  mimeType: 'image/svg+xml',
  needsSvg: true,
  export: async ({ svg }) => {
    if (!svg) throw new Error('SVG fehlt');
    return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
  }
};
