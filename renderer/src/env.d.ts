/// <reference types="vite/client" />
import type { SimpulApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser preview's bridge; one function per channel. */
    api: SimpulApi;
  }
}

export {};
