import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Main and preload run in Electron; the renderer is a plain web app served from app://.
// The preload runs sandboxed, so it must be one self-contained CommonJS file.
// SIMPUL_OUT_DIR lets parallel work build (and e2e-test) into separate folders.
const outDir = resolve(process.env.SIMPUL_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outDir, 'main'),
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(outDir, 'preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      outDir: resolve(outDir, 'renderer'),
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react()],
  },
});
