import type { ModelExporter } from './modelExporter';

/** Pixel ratio of PNG exports: 2× for crisp prints and slides. */
export const PNG_SCALE = 2;
/** Browsers refuse canvases above ~16k px per side; larger diagrams are scaled down to fit. */
const MAX_SIDE = 16000;

function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="([\d.]+)/.exec(svg)?.[1];
  const h = /<svg[^>]*\sheight="([\d.]+)/.exec(svg)?.[1];
  return { width: Number(w) || 800, height: Number(h) || 600 };
}

/** `.png` at 2×, white background (browser only: uses an image and a canvas). */
export const pngExporter: ModelExporter = {
  id: 'png',
  label: 'Bild (.png, 2×)',
  extension: 'png',
  mimeType: 'image/png',
  needsSvg: true,
  browserOnly: true,
  export: async ({ svg }) => {
    if (!svg) throw new Error('SVG fehlt');
    const { width, height } = svgSize(svg);
    const scale = Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    try {
      const img = new Image();
      img.decoding = 'async';
      await new Promise<void>((resolve, reject) => {
        img.onload = () => resolve();
        img.onerror = () => reject(new Error('SVG konnte nicht gerendert werden'));
        img.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('Canvas nicht verfügbar');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG-Erzeugung fehlgeschlagen'))), 'image/png'));
    } finally {
      URL.revokeObjectURL(url);
    }
  }
};
