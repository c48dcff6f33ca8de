/**
 * Globally unique ids for every stored record (never auto-increment keys), so that a later sync
 * to a shared server can merge libraries of several browsers.
 */
/** A new random UUID (v4). Falls back to Math.random only where crypto is missing (old test hosts). */
export function newId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0;
    return (ch === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}
