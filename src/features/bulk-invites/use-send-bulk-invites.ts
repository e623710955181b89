import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReadyRow } from '../../access/invite-sheet-check';
import { useOperationContext } from '../../page/services';
import { sendInviteRows } from '../../operations/bulk-invites';
import { siteKeys } from '../../page/site-queries';

/** Sends the confirmed rows (one `bulkInvite` per role) and reports which role is being sent. */
export function useSendBulkInvites() {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const mutation = useMutation({
    mutationFn: (rows: ReadyRow[]) => sendInviteRows(context, rows, (done, total) => setProgress({ done, total })),
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
  return { ...mutation, progress };
}
