import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { resolve } from 'node:path';

/**
 * Builds the app once and serves it with `vite preview` on a free local port for the journeys.
 * Set E2E_BASE_URL to test an already running server instead.
 */
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL);
    return;
  }
  const root = resolve(__dirname, '../../..');
  const outDir = resolve(root, 'node_modules/.cache/e2e-dist');
  if (!process.env.E2E_SKIP_BUILD) {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((r) => server!.httpServer.close(() => r()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
