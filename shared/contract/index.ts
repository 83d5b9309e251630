/**
 * The IPC contract: one registry of channels. Preload, the browser preview's bridge, the
 * main process and dispatch are all built from these keys, so they cannot drift.
 * How to add a channel: see README "Adding a channel".
 */
import type { z } from 'zod';
import type { Result } from '../result';
import { actionPlanChannels } from './actionPlans';
import { agencyChannels } from './agencies';
import { archiveChannels } from './archive';
import { assistanceChannels } from './assistance';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { backupChannels } from './backup';
import { attachmentChannels } from './attachments';
import { caseChannels } from './cases';
import { caseSetupChannels } from './caseSetup';
import type { ChannelDef } from './define';
import { documentChannels } from './documents';
import { eventChannels } from './events';
import { importChannels } from './import';
import { mouChannels } from './mous';
import { rosterChannels } from './roster';
import { settingsChannels } from './settings';
import { systemChannels } from './system';
import { updateChannels } from './updates';
import { userChannels } from './users';

export const contract = {
  ...authChannels,
  ...userChannels,
  ...auditChannels,
  ...systemChannels,
  ...updateChannels,
  ...settingsChannels,
  ...agencyChannels,
  ...rosterChannels,
  ...attachmentChannels,
  ...mouChannels,
  ...assistanceChannels,
  ...documentChannels,
  ...importChannels,
  ...caseChannels,
  ...caseSetupChannels,
  ...eventChannels,
  ...actionPlanChannels,
  ...archiveChannels,
  ...backupChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel name on the wire: namespaced so it cannot clash with Electron's own. */
export const ipcName = (channel: Channel): string => `simpul:${channel}`;

// window.api: "agencies.list" -> api.agencies.list(input)
type Split<S extends string> = S extends `${infer A}.${infer B}` ? [A, B] : never;
type Namespaces = Split<Channel>[0];
type Fn<C extends Channel> = undefined extends InputOf<C>
  ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

export type SimpulApi = {
  [N in Namespaces]: {
    [C in Channel as Split<C>[0] extends N ? Split<C>[1] : never]: Fn<C>;
  };
};

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** Builds window.api from the contract's keys: one function per channel, nothing generic. */
export function buildApi(invoke: Invoke): SimpulApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [ns, name] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][name] = (input?: unknown) => invoke(channel, input);
  }
  return api as unknown as SimpulApi;
}
