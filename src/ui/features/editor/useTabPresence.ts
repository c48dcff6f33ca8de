import { useEffect, useState } from 'react';

/**
 * Tells whether the same variant is open in another tab of this browser (BroadcastChannel).
 * The draft's optimistic concurrency check is what prevents silent overwrites; this only warns early.
 */
export function useTabPresence(variantId: string | undefined, tabId: string): boolean {
  const [elsewhere, setElsewhere] = useState(false);
  useEffect(() => {
    setElsewhere(false);
    if (!variantId || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel('gpm-workbench-presence');
    channel.onmessage = (e: MessageEvent<{ type: string; variantId: string; tabId: string }>) => {
      const m = e.data;
      if (!m || m.variantId !== variantId || m.tabId === tabId) return;
      if (m.type === 'hello') {
        setElsewhere(true);
        channel.postMessage({ type: 'here', variantId, tabId });
      } else if (m.type === 'here') setElsewhere(true);
      else if (m.type === 'bye') setElsewhere(false);
    };
    channel.postMessage({ type: 'hello', variantId, tabId });
    return () => {
      channel.postMessage({ type: 'bye', variantId, tabId });
      channel.close();
    };
  }, [variantId, tabId]);
  return elsewhere;
}
