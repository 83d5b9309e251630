import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Offline packaging smoke test: electron-builder packs the real build with electron-builder.yml
 * into an unpacked app folder (`--dir`, the linux target: it needs no Windows tools), using a
 * stand-in Electron folder instead of a download. The stand-in "binary" carries Electron's fuse
 * sentinel, so the fuses are really flipped. What it proves: the app, the native module outside
 * the asar, the fonts and logo, and the update configuration all land where the app looks.
 * Runs after `npm run build` (the e2e suite), on the build in SIMPUL_OUT_DIR or out/.
 */

const repoRoot = resolve(import.meta.dirname, '../..');
const outDir = process.env.SIMPUL_OUT_DIR ?? 'out';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 8;
// A fuse is one byte on the wire: '1' enabled, '0' disabled (@electron/fuses constants).
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

let work: string;
let appDir: string;
let resourcesDir: string;
let asarPath: string;
const outbound: string[] = [];

/** Electron's folder as electron-builder expects it for linux: the `electron` binary (+ licence). */
function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), Buffer.alloc(FUSE_COUNT, FuseState.ENABLE)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in Electron for the packaging test\n'), wire]), { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'Electron licence (stand-in)\n');
}

/** Any attempt to reach the network fails the test instead of silently downloading. */
function forbidNetwork(): void {
  const refuse = (name: string) => (...args: unknown[]) => {
    outbound.push(`${name} ${JSON.stringify(args[0])}`);
    throw new Error(`packaging test: no network allowed (${name})`);
  };
  vi.spyOn(http, 'request').mockImplementation(refuse('http.request') as never);
  vi.spyOn(http, 'get').mockImplementation(refuse('http.get') as never);
  vi.spyOn(https, 'request').mockImplementation(refuse('https.request') as never);
  vi.spyOn(https, 'get').mockImplementation(refuse('https.get') as never);
  vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch') as never);
}

beforeAll(async () => {
  if (!existsSync(join(repoRoot, outDir, 'main', 'index.js'))) throw new Error(`No build in ${outDir}: npm run build first`);
  work = mkdtempSync(join(tmpdir(), 'simpul-pack-'));
  const electronDist = join(work, 'electron-dist');
  standInElectron(electronDist);
  forbidNetwork();

  const config = await getConfig(repoRoot, resolve(repoRoot, 'electron-builder.yml'), null);
  const files = (config.files as Array<string | { filter?: string[] }>).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.filter ?? []),
  );
  const smoke: Configuration = {
    ...config,
    // A parallel build folder (SIMPUL_OUT_DIR) is packed as out/, exactly where package.json's main points.
    files: outDir === 'out' ? files : [{ from: outDir, to: 'out', filter: ['**/*'] }, ...files.filter((f) => f !== 'out/**/*')],
    directories: { ...config.directories, output: join(work, 'release') },
    electronDist,
    electronVersion: '45.4.1',
    // Rebuilding better-sqlite3 for Electron needs Electron's headers from the network; the
    // release build does it (npmRebuild: true), this test packs the module as installed.
    npmRebuild: false,
    linux: { target: 'dir', executableName: 'simpul' },
  };
  // Handed over as a file: a config object would be merged into electron-builder.yml (which
  // electron-builder then loads again), doubling every extra resource.
  const smokeConfig = join(work, 'electron-builder.smoke.json');
  writeFileSync(smokeConfig, JSON.stringify(smoke, null, 2));
  await build({ projectDir: repoRoot, targets: Platform.LINUX.createTarget('dir', Arch.x64), publish: 'never', config: smokeConfig });
  vi.restoreAllMocks();

  appDir = join(work, 'release', 'linux-unpacked');
  resourcesDir = join(appDir, 'resources');
  asarPath = join(resourcesDir, 'app.asar');
}, 240_000);

afterAll(() => {
  vi.restoreAllMocks();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir, offline)', () => {
  it('never touched the network', () => {
    expect(outbound).toEqual([]);
  });

  it('holds the app in app.asar: the build output and package.json, no sources or tests', () => {
    const entries = listPackage(asarPath, { isPack: false }).map((p) => p.replace(/\\/g, '/'));
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']));
    expect(entries.some((p) => p.startsWith('/out/renderer/assets/') && p.endsWith('.js'))).toBe(true);
    expect(entries.filter((p) => /^\/(electron|renderer|shared|tests|scripts|resources)\//.test(p))).toEqual([]);
    expect(entries.filter((p) => /\.(ts|tsx|map)$/.test(p) && !p.endsWith('.d.ts') && !p.includes('/node_modules/'))).toEqual([]);
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString()) as { main: string; productName: string };
    expect(pkg).toMatchObject({ main: 'out/main/index.js', productName: 'Simpul' });
  });

  it('packs the runtime dependencies, not the development ones', () => {
    const modules = new Set(
      listPackage(asarPath, { isPack: false })
        .map((p) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(p.replace(/\\/g, '/'))?.[1])
        .filter(Boolean),
    );
    for (const dependency of ['better-sqlite3', 'typeorm', 'pdfkit', 'electron-updater', 'zod', 'exceljs']) expect(modules).toContain(dependency);
    for (const tool of ['electron', 'electron-builder', 'vitest', 'react', 'typescript']) expect(modules).not.toContain(tool);
  });

  it('keeps better-sqlite3 outside the asar (native modules cannot load from inside it), without its sources', () => {
    const unpacked = join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(join(unpacked, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'lib', 'database.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'deps'))).toBe(false);
    expect(existsSync(join(unpacked, 'src'))).toBe(false);
    const nativeFiles: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.node')) nativeFiles.push(relative(resourcesDir, join(dir, entry.name)).replace(/\\/g, '/'));
      }
    };
    walk(join(resourcesDir, 'app.asar.unpacked'));
    expect(nativeFiles).toEqual(['app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
  });

  it('ships the fonts with their licence and the default logo as resources', () => {
    const fonts = readdirSync(join(resourcesDir, 'fonts'));
    expect(fonts).toEqual(expect.arrayContaining(['LiberationSans-Regular.ttf', 'LiberationSerif-Bold.ttf', 'LICENSE-Liberation.txt']));
    expect(readFileSync(join(resourcesDir, 'logo-default.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the update configuration electron-updater reads (generic feed, own cache folder)', () => {
    const yml = readFileSync(join(resourcesDir, 'app-update.yml'), 'utf8');
    expect(yml).toMatch(/^provider: generic$/m);
    expect(yml).toMatch(/^url: https?:\/\/\S+$/m);
    expect(yml).toMatch(/^updaterCacheDirName: simpul-updater$/m);
  });

  it('flips the security fuses in the executable', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'simpul'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });
});
