import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, loaded and checked by electron-builder's own code (the loader and the
 * JSON-schema validation `electron-builder` runs before packaging), then our requirements.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const configPath = resolve(repoRoot, 'electron-builder.yml');
let config: Configuration;

const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));

beforeAll(async () => {
  config = await getConfig(repoRoot, configPath, null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's configuration validation", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('id.go.ombudsman.simpul');
    expect(config.productName).toBe('Simpul');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'resources' });
  });

  it('builds an NSIS installer for x64 Windows', () => {
    const targets = config.win?.target;
    expect(Array.isArray(targets)).toBe(true);
    expect(targets).toContainEqual({ target: 'nsis', arch: ['x64'] });
  });

  it('configures a per-user, non-one-click installer that keeps the data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      // electron-builder's NsisOptions: oneClick false + perMachine false shows the install-mode
      // page (everyone / only me); "only me" preselected; "everyone" may elevate.
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: true,
      packElevateHelper: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      shortcutName: 'Simpul',
    });
  });

  it("offers an unticked 'also delete the data' choice in the uninstaller, never during updates", () => {
    expect(config.nsis?.include).toBe('resources/installer.nsh');
    const script = readFileSync(resolve(repoRoot, 'resources/installer.nsh'), 'utf8');
    // electron-builder inserts this macro after its uninstall section and adds a components page.
    expect(script).toMatch(/!macro customUnInstallSection[\s\S]*!macroend/);
    // /o: the section starts unticked, so a plain or silent uninstall keeps the data.
    expect(script).toMatch(/Section \/o "un\.Hapus juga data Simpul/);
    expect(script).toMatch(/\$\{ifNot\} \$\{isUpdated\}[\s\S]*RMDir \/r "\$APPDATA\\Simpul"[\s\S]*\$\{endIf\}/);
    // The folder it removes is the one the app writes to (Electron's userData = app name).
    const main = readFileSync(resolve(repoRoot, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain("app.setName('Simpul')");
    const removed = [...script.matchAll(/RMDir \/r "([^"]+)"/g)].map((m) => m[1]);
    expect(removed).toEqual(['$APPDATA\\Simpul', '$LOCALAPPDATA\\simpul-updater']);
  });

  it('requires signed installers from signed releases, with signing secrets only in the environment', () => {
    expect(config.win?.verifyUpdateCodeSignature).toBe(true);
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toContain('-c.forceCodeSigning=true');
    expect(pkg.scripts.dist).toContain('--publish never');
    expect(pkg.scripts['dist:unsigned']).not.toContain('forceCodeSigning');
  });

  it('unpacks better-sqlite3 and every native module from the asar', () => {
    const unpack = ([] as string[]).concat((config.asarUnpack as string[] | string | undefined) ?? []);
    expect(unpack.some((pattern) => pattern.includes('better-sqlite3'))).toBe(true);
    expect(unpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the fonts as extra resources', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
  });

  it('ships the default letterhead logo where the core looks for it (resourcesDir)', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/logo-default.png', to: 'logo-default.png' });
    expect(readFileSync(resolve(repoRoot, 'resources/logo-default.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(resolve(repoRoot, 'resources/fonts/LICENSE-Liberation.txt'), 'utf8')).toContain('SIL Open Font License');
  });

  it('ships only the build output and package.json', () => {
    // electron-builder's loader normalises `files` into [{ filter: [...] }].
    const files = ([] as Array<string | { filter?: string | string[] }>)
      .concat((config.files as never) ?? [])
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : ([] as string[]).concat(entry.filter ?? [])));
    expect(files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(files.filter((pattern) => !pattern.startsWith('!')).sort()).toEqual(['out/**/*', 'package.json']);
  });

  it('publishes to a generic feed with a URL', () => {
    const publish = ([] as unknown[]).concat(config.publish ?? []) as Array<{ provider: string; url?: string }>;
    expect(publish).toHaveLength(1);
    expect(publish[0].provider).toBe('generic');
    expect(() => new URL(publish[0].url ?? '')).not.toThrow();
  });

  it('uses the committed icon', () => {
    expect(config.win?.icon).toBe('resources/icon.ico');
    const ico = readFileSync(resolve(repoRoot, 'resources/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256); // electron-builder requires a 256x256 image for Windows
  });

  // The security fuses: tests/build/electronFuses.test.ts.

  it('keeps signing secrets out of the file', () => {
    const text = readFileSync(configPath, 'utf8');
    expect(text).not.toMatch(/certificatePassword|cscKeyPassword|certificateFile|\.pfx|\.p12/i);
  });
});

describe("electron-builder's validation rejects a broken config", () => {
  it('rejects an unknown key', async () => {
    await expect(validate({ ...config, notAnOption: true } as Configuration)).rejects.toThrow(/notAnOption|unknown property/i);
  });

  it('rejects an unknown NSIS option', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } } as Configuration)).rejects.toThrow();
  });

  it("accepts what `npm run dist` adds on the command line (-c.forceCodeSigning=true arrives as a string)", async () => {
    const withCli = { ...config, forceCodeSigning: 'true' } as unknown as Configuration;
    await expect(validate(withCli)).resolves.toBeUndefined();
    expect(withCli.forceCodeSigning).toBe(true);
  });

  it('rejects a wrong type', async () => {
    await expect(validate({ ...config, npmRebuild: 'yes' } as unknown as Configuration)).rejects.toThrow();
  });
});
