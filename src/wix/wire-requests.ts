import { z } from 'zod';
import { BULK_LIMIT } from './bulk-write';

/**
 * Request bodies of the Wix REST calls the app makes, as they go over the wire.
 * The emulator validates requests with these; the gateway builds them through the SDK.
 */
const id = z.string().min(1);

export const bulkInviteRequest = z.object({
  policyIds: z.array(id).min(1),
  emails: z.array(z.string()).min(1),
  invitePurpose: z.string().optional(),
  defaultEmailLanguage: z.string().optional(),
});

export const inviteIdRequest = z.object({ inviteId: id.optional() });

export const removeContributorRequest = z.object({ accountId: id });

export const changeRoleRequest = z.object({
  accountId: id,
  newRoles: z.array(z.object({ roleId: id })).min(1),
});

export const contributorsQueryRequest = z.object({
  query: z.object({ filter: z.object({ policyIds: z.array(id).optional() }).optional() }).optional(),
  filter: z.object({ policyIds: z.array(id).optional() }).optional(),
});

const dataFields = z.record(z.string(), z.unknown());

export const dataInsertRequest = z.object({
  dataCollectionId: id,
  dataItem: z.object({ id: z.string().optional(), data: dataFields }),
});

export const dataUpdateRequest = z.object({
  dataCollectionId: id,
  dataItem: z.object({ id, data: dataFields }),
});

export const dataRemoveRequest = z.object({ dataCollectionId: id, dataItemId: id });

export const dataSort = z.array(z.object({ fieldName: z.string(), order: z.enum(['ASC', 'DESC']).optional() }));

export const dataQueryRequest = z.object({
  dataCollectionId: id,
  query: z
    .object({
      filter: z.record(z.string(), z.unknown()).optional(),
      sort: dataSort.optional(),
      paging: z.object({ limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() }).optional(),
      fields: z.array(z.string()).optional(),
    })
    .optional(),
  includeReferences: z.array(z.unknown()).optional(),
});

const taskStatus = z.enum(['ACTION_NEEDED', 'COMPLETED']);

export const createTaskRequest = z.object({
  task: z.object({
    title: z.string().min(1).max(250),
    description: z.string().min(1).max(500).optional(),
    dueDate: z.string().optional(),
    status: taskStatus.optional(),
  }),
});

/** CRM tasks: title 1–250 characters, description 1–500, and an update names the revision it was read at. */
export const updateTaskRequest = z.object({
  task: z.object({
    id: z.string().optional(),
    revision: z.string(),
    title: z.string().min(1).max(250).optional(),
    description: z.string().min(1).max(500).optional(),
    dueDate: z.string().optional(),
    status: taskStatus.optional(),
  }),
});

export const queryTasksRequest = z.object({
  query: z
    .object({
      filter: z.record(z.string(), z.unknown()).optional(),
      sort: z.array(z.object({ fieldName: z.string(), order: z.enum(['ASC', 'DESC']).optional() })).optional(),
      cursorPaging: z.object({ limit: z.number().int().min(1).max(1000).optional(), cursor: z.string().optional() }).optional(),
    })
    .optional(),
});

export const dataBulkInsertRequest = z.object({
  dataCollectionId: id,
  dataItems: z
    .array(z.object({ id: z.string().optional(), data: dataFields }))
    .min(1)
    .max(BULK_LIMIT),
});

export const dataBulkUpdateRequest = z.object({
  dataCollectionId: id,
  dataItems: z
    .array(z.object({ id, data: dataFields }))
    .min(1)
    .max(BULK_LIMIT),
});
