import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafely } from '../../electron/main/externalLinks';

const REFUSED: Array<[string, unknown]> = [
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: with http-looking text', 'javascript://https://ombudsman.go.id/%0aalert(1)'],
  ['file:', 'file:///C:/Windows/System32/calc.exe'],
  ['UNC-style file:', 'file://server/share/x.exe'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['app: (our own scheme)', 'app://simpul/index.html'],
  ['smb:', 'smb://server/share'],
  ['ms-settings:', 'ms-settings:privacy'],
  ['mailto: with a body', 'mailto:someone@example.com?body=hello'],
  ['mailto: attaching a local file', 'mailto:someone@example.com?attach=C:/Users/staf/simpul.sqlite'],
  ['mailto: with a copy header', 'mailto:someone@example.com?cc=other@example.com'],
  ['mailto: to two people', 'mailto:someone@example.com,other@example.com'],
  ['mailto: with escapes', 'mailto:some%20one@example.com'],
  ['mailto: without an address', 'mailto:'],
  ['mailto: without a domain', 'mailto:someone@localhost'],
  ['mailto: with a fragment', 'mailto:someone@example.com#x'],
  ['credentials', 'http://user:pass@example.com/'],
  ['a user name alone', 'https://ombudsman.go.id@evil.example/'],
  ['relative URL', '/agencies'],
  ['scheme-relative URL', '//evil.example/'],
  ['malformed', 'http://'],
  ['plain words', 'not a url'],
  ['empty string', ''],
  ['undefined', undefined],
  ['null', null],
  ['number', 42],
  ['object with href', { href: 'https://example.com' }],
  ['URL object', new URL('https://example.com')],
];

const ALLOWED = ['https://ombudsman.go.id/', 'http://example.com/path?q=1#x', 'HTTPS://Example.com/A', 'mailto:narahubung.dinsos@pangkalpinangkota.go.id'];

describe('isSafeExternalUrl', () => {
  it.each(REFUSED)('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each(ALLOWED)('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
});

describe('openExternalSafely', () => {
  it.each(REFUSED)('never opens %s', async (_name, url) => {
    const open = vi.fn(async () => {});
    await expect(openExternalSafely(url, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it.each(ALLOWED)('opens %s once, as the parser serialised it', async (url) => {
    const open = vi.fn(async (_url: string) => {});
    await expect(openExternalSafely(url, open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledWith(new URL(url).href);
  });

  it('passes a failure of the opener on to the caller', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser');
    });
    await expect(openExternalSafely('https://example.com', open)).rejects.toThrow('no browser');
  });
});
