import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedOrigin, originOf } from '../../electron/main/appOrigin';

describe('originOf', () => {
  it.each([
    ['app://simpul/index.html', 'app://simpul'],
    ['app://simpul', 'app://simpul'],
    ['http://localhost:5173/#/cases', 'http://localhost:5173'],
    ['https://ombudsman.go.id/x', 'https://ombudsman.go.id'],
  ])('%s -> %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each([['not a url'], [''], ['file:///etc/passwd'], ['app://user:pw@simpul/'], [42], [null]])(
    'has no origin for %s',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );
});

describe('isAllowedOrigin', () => {
  it('compares whole origins, not string prefixes', () => {
    expect(isAllowedOrigin('app://simpul/x', [APP_ORIGIN])).toBe(true);
    expect(isAllowedOrigin('app://simpul.evil.example/x', [APP_ORIGIN])).toBe(false);
    expect(isAllowedOrigin('app://simpulx/x', [APP_ORIGIN])).toBe(false);
    expect(isAllowedOrigin('http://localhost:5173/', ['http://localhost:5173/'])).toBe(true);
    expect(isAllowedOrigin('http://localhost:5174/', ['http://localhost:5173/'])).toBe(false);
  });
});
