import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AttachableEntity } from '../../../shared/attachments';
import type { AttachmentAddInput } from '../../../shared/contract/attachments';
import type { AttachmentDto } from '../../../shared/dto';
import { call } from './call';
import { queryKeys } from './keys';

/** The record lists show attachment counts: they refresh with the attachments. */
const OWNER_KEYS: Record<AttachableEntity, readonly string[]> = {
  mou: queryKeys.mous.all,
  assistance: queryKeys.assistance.all,
  // Complaints: a case's detail shows attachment counts of the case and of its timeline entries.
  case: ['cases'],
  case_event: ['cases'],
  // Commitments: the status board counts each commitment's filed scans.
  commitment: ['actionPlans'],
};

/** A record not saved yet (entityId null) has nothing attached and nothing is asked. */
export function useAttachments(entity: AttachableEntity, entityId: string | null) {
  return useQuery({
    queryKey: queryKeys.attachments.of(entity, entityId ?? ''),
    queryFn: () => call((api) => api.attachments.list({ entity, entityId: entityId ?? '' })),
    enabled: entityId !== null,
  });
}

async function afterChange(client: QueryClient, entity: AttachableEntity, entityId: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.attachments.of(entity, entityId) }),
    client.invalidateQueries({ queryKey: OWNER_KEYS[entity] }),
  ]);
}

export function useAddAttachment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AttachmentAddInput) => call((api) => api.attachments.add(input)),
    onSuccess: (saved) => afterChange(client, saved.entity, saved.entityId),
  });
}

export function useUnlinkAttachment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachment: AttachmentDto) => call((api) => api.attachments.unlink({ id: attachment.id })),
    onSuccess: (_r, attachment) => afterChange(client, attachment.entity, attachment.entityId),
  });
}

/** Opens an attachment in the system viewer, or saves a copy (the host decides how). */
export function useDeliverAttachment() {
  return useMutation({
    mutationFn: (input: { id: string; mode: 'open' | 'saveAs' }) => call((api) => api.attachments.deliver(input)),
  });
}
