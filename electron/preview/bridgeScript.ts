import { CHANNELS } from '../../shared/contract';

export const BRIDGE_PATH = '/__simpul/bridge.js';
export const API_PREFIX = '/__simpul/api/';
export const TOKEN_HEADER = 'x-simpul-token';
/** The browser tab's id: the server keeps one sign-in per tab (tabSessions.ts). */
export const TAB_HEADER = 'x-simpul-tab';

/**
 * The browser preview's stand-in for the Electron preload: defines window.api with one
 * function per contract channel, each POSTing to the loopback server with the run's token.
 * The token arrives once in the page URL (?token=...), is kept in sessionStorage and
 * removed from the address bar. Each tab also makes a random tab id (sessionStorage, so it
 * survives a reload but not a new tab): the server keeps one sign-in per tab id.
 */
export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const KEY = 'simpul.previewToken';
  const params = new URLSearchParams(location.search);
  let token = params.get('token');
  if (token) {
    sessionStorage.setItem(KEY, token);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  } else {
    token = sessionStorage.getItem(KEY) || '';
  }
  const TAB_KEY = 'simpul.previewTab';
  let tab = sessionStorage.getItem(TAB_KEY);
  if (!tab) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    tab = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(TAB_KEY, tab);
  }
  const unreachable = { ok: false, error: { code: 'INTERNAL', message: 'Layanan pratinjau Simpul tidak dapat dihubungi. Pastikan perintah pratinjau masih berjalan.' } };
  async function invoke(channel, input) {
    try {
      const res = await fetch(${JSON.stringify(API_PREFIX)} + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: token, ${JSON.stringify(TAB_HEADER)}: tab },
        body: JSON.stringify({ input }),
      });
      return await res.json();
    } catch (e) {
      return unreachable;
    }
  }
  const api = {};
  for (const channel of ${JSON.stringify(CHANNELS)}) {
    const [ns, name] = channel.split('.');
    api[ns] = api[ns] || {};
    api[ns][name] = (input) => invoke(channel, input);
  }
  for (const ns of Object.keys(api)) Object.freeze(api[ns]);
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
