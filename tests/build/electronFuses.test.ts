import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Electron fuses (https://www.electronjs.org/docs/latest/tutorial/fuses): switches compiled
 * into the Electron binary that electron-builder flips while packaging, right before signing.
 * The configuration is checked, then put through electron-builder's own conversion and the
 * @electron/fuses it uses, on a stand-in binary that carries Electron's fuse wire with
 * Electron's defaults, so the test shows what the packaged Simpul.exe would hold without
 * needing the Electron binary itself.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const require = createRequire(join(repoRoot, 'node_modules', 'app-builder-lib', 'package.json'));
// The same module instances electron-builder loads when it packages.
const fuses = require('@electron/fuses') as typeof import('@electron/fuses');
const { FuseState, SENTINEL } = require('@electron/fuses/dist/constants') as { FuseState: Record<'ENABLE' | 'DISABLE', number>; SENTINEL: string };
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(f: NonNullable<Configuration['electronFuses']>): Promise<import('@electron/fuses').FuseV1Config> } };
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(repoRoot, resolve(repoRoot, 'electron-builder.yml'), null);
});

/** A file with Electron's fuse wire as a fresh Electron binary has it (runAsNode on, etc.). */
function standInElectron(dir: string): string {
  const defaults = [
    FuseState.ENABLE, // RunAsNode
    FuseState.DISABLE, // EnableCookieEncryption
    FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
    FuseState.ENABLE, // EnableNodeCliInspectArguments
    FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
    FuseState.DISABLE, // OnlyLoadAppFromAsar
    FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
    FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
  ];
  const file = join(dir, 'Simpul.exe');
  const sentinel = Buffer.from(SENTINEL, 'ascii');
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), sentinel, Buffer.from([1, defaults.length, ...defaults]), Buffer.alloc(4096, 0x90)]));
  return file;
}

describe('Electron fuses', () => {
  it('are configured off for running as Node, NODE_OPTIONS, inspect flags and file:// privileges, on for asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('keep the asar archive and its integrity data, which the integrity fuse checks', () => {
    expect(config.asar).not.toBe(false);
    expect(config.disableAsarIntegrity).not.toBe(true);
  });

  it('are not switched off or replaced by a packaging hook', () => {
    expect(config.afterPack ?? null).toBeNull();
    expect(config.afterSign ?? null).toBeNull();
    expect(readFileSync(resolve(repoRoot, 'electron-builder.yml'), 'utf8')).not.toMatch(/disableFuses|disableAsarIntegrity/);
  });

  it('end up flipped in the packaged binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simpul-fuses-'));
    try {
      const binary = standInElectron(dir);
      const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses!);
      await fuses.flipFuses(binary, fuseConfig);
      const wire = await fuses.getCurrentFuseWire(binary);
      const { FuseV1Options: O } = fuses;
      const S = FuseState;
      expect({
        runAsNode: wire[O.RunAsNode],
        nodeOptions: wire[O.EnableNodeOptionsEnvironmentVariable],
        inspect: wire[O.EnableNodeCliInspectArguments],
        fileProtocolPrivileges: wire[O.GrantFileProtocolExtraPrivileges],
        asarIntegrity: wire[O.EnableEmbeddedAsarIntegrityValidation],
        onlyFromAsar: wire[O.OnlyLoadAppFromAsar],
        cookieEncryption: wire[O.EnableCookieEncryption],
      }).toEqual({
        runAsNode: S.DISABLE,
        nodeOptions: S.DISABLE,
        inspect: S.DISABLE,
        fileProtocolPrivileges: S.DISABLE,
        asarIntegrity: S.ENABLE,
        onlyFromAsar: S.ENABLE,
        cookieEncryption: S.ENABLE,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
