/** A short key of a model's XML (id + length + FNV-1a hash), so a viewer re-imports only when the XML changed. */
export function xmlKey(id: string, xml: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < xml.length; i++) {
    h ^= xml.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${id}:${xml.length}:${(h >>> 0).toString(36)}`;
}
