import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The process boundaries of eslint.config.js, proven on in-memory snippets: each forbidden
 * import is reported in the folders where it is forbidden and allowed where it belongs.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, `parse errors in ${file}`).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const PAGE_FORBIDDEN = [
  "import { ipcRenderer } from 'electron';",
  "import type { BrowserWindow } from 'electron';",
  "import { readFile } from 'node:fs';",
  "import { join } from 'node:path';",
  "import { readFileSync } from 'fs';",
  "import { readFile } from 'fs/promises';",
  "import path from 'path';",
  "import { randomUUID } from 'crypto';",
  "import os from 'os';",
  "import { EventEmitter } from 'events';",
  "import child from 'child_process';",
  "export * from 'node:url';",
  "import { DataSource } from 'typeorm';",
  "import { Entity } from 'typeorm/decorator/entity/Entity';",
  "import Database from 'better-sqlite3';",
];

const UI_ONLY = [
  "import { useState } from 'react';",
  "import { jsx } from 'react/jsx-runtime';",
  "import { createRoot } from 'react-dom/client';",
  "import { Button } from '@mantine/core';",
  "import { useForm } from '@mantine/form';",
  "import { useQuery } from '@tanstack/react-query';",
];

const ELECTRON = ["import { app } from 'electron';", "import type { WebContents } from 'electron';"];

describe('renderer/', () => {
  it.each(PAGE_FORBIDDEN)('reports %s', async (code) => {
    expect(await restrictedImports('renderer/src/features/probe/Probe.tsx', code)).toHaveLength(1);
  });

  it.each([
    ...UI_ONLY,
    "import { z } from 'zod';",
    "import { IconPlus } from '@tabler/icons-react';",
    "import type { SimpulApi } from '../../../../shared/contract';",
    "import { useTranslation } from 'react-i18next';",
    "import { pathJoin } from './path';",
  ])('allows %s', async (code) => {
    expect(await restrictedImports('renderer/src/features/probe/Probe.tsx', code)).toEqual([]);
  });
});

describe('shared/', () => {
  it.each([...PAGE_FORBIDDEN, ...UI_ONLY])('reports %s', async (code) => {
    expect(await restrictedImports('shared/probe.ts', code)).toHaveLength(1);
  });

  it.each(["import { z } from 'zod';", "import type { Result } from './result';"])('allows %s', async (code) => {
    expect(await restrictedImports('shared/probe.ts', code)).toEqual([]);
  });
});

describe('electron/core/ and electron/preview/', () => {
  it.each([
    ...ELECTRON.map((code) => ['electron/core/probe.ts', code]),
    ...ELECTRON.map((code) => ['electron/preview/probe.ts', code]),
    ...UI_ONLY.map((code) => ['electron/core/probe.ts', code]),
  ])('%s reports %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import { DataSource } from 'typeorm';",
    "import Database from 'better-sqlite3';",
  ])('core allows %s', async (code) => {
    expect(await restrictedImports('electron/core/db/probe.ts', code)).toEqual([]);
  });
});

describe('electron/main/, electron/preload/, tests/, scripts/', () => {
  it.each(['electron/main/probe.ts', 'electron/preload/probe.ts'])('%s may import electron and node', async (file) => {
    expect(await restrictedImports(file, `${ELECTRON[0]}\nimport { join } from 'node:path';`)).toEqual([]);
  });

  it.each([
    ...UI_ONLY.map((code) => ['electron/main/probe.ts', code]),
    ...UI_ONLY.map((code) => ['electron/preload/probe.ts', code]),
    ...UI_ONLY.map((code) => ['tests/probe.test.ts', code]),
    ['scripts/probe.mjs', "import React from 'react';"],
    ['electron.vite.config.ts', "import { Button } from '@mantine/core';"],
  ])('%s reports %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });
});
