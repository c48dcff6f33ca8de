import { useEffect, useState } from 'react';

/** The app's routes (hash based: works offline, from file servers and without server config). */
export type Route =
  | { page: 'library' }
  | { page: 'editor'; variantId: string }
  | { page: 'compare'; processId: string }
  | { page: 'trash' };

/** Parse `#/…` into a route. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'variante' && parts[1]) return { page: 'editor', variantId: parts[1] };
  if (parts[0] === 'vergleich' && parts[1]) return { page: 'compare', processId: parts[1] };
  if (parts[0] === 'papierkorb') return { page: 'trash' };
  return { page: 'library' };
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'editor':
      return `#/variante/${encodeURIComponent(route.variantId)}`;
    case 'compare':
      return `#/vergleich/${encodeURIComponent(route.processId)}`;
    case 'trash':
      return '#/papierkorb';
    default:
      return '#/';
  }
}

/** Navigate to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
