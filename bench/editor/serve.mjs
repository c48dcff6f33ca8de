// Builds the benchmark page with the Vite API (the project's own vite.config.ts, only the entry
// replaced) and serves it with `vite preview` on a free local port.
import { build, preview } from 'vite';
import { resolve } from 'node:path';

/** Build `bench/editor/index.html` into `outDir` and serve it; returns the page URL and a close function. */
export async function buildAndServe(root, outDir) {
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, rolldownOptions: { input: resolve(root, 'bench/editor/index.html') } }
  });
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return {
    url: `http://127.0.0.1:${port}/bench/editor/index.html`,
    close: () => new Promise((r) => server.httpServer.close(() => r()))
  };
}
