import { useState } from 'react';
import type { ValidPass } from '../../access/pass-form';
import type { Grant } from '../../access/support-pass';
import { linkRequester } from '../../access/request-link';
import { useOperationContext, useServices } from '../../app/app-context';
import { isAdopted, PassInviteFailed, PassSavedLate } from '../../operations/support-passes';
import type { Draft } from './draft';
import { useDeclineRequest } from './use-decline-request';
import { useGrantPass, type GrantInput } from './use-grant-pass';
import { useManualInvite } from './use-manual-invite';
import type { SupportData } from './use-support-data';

export type Outcome =
  | { kind: 'granted'; grant: Grant }
  | { kind: 'guided'; grant: Grant }
  | { kind: 'refused'; grant: Grant; message: string; permission: boolean };

/** The grant flow: draft → invite sent (paste text) or refused (retry, or sent by hand). */
export function useGrantFlow(data: SupportData, initialDraft: Draft | null) {
  const { dashboard, clock } = useServices();
  const { actor } = useOperationContext();
  const [draft, setDraft] = useState<Draft | null>(initialDraft);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const grant = useGrantPass();
  const manual = useManualInvite();
  const decline = useDeclineRequest();

  const granted = (result: Grant) => {
    setDraft(null);
    if (result.status === 'awaiting-invite') {
      setOutcome({ kind: 'guided', grant: result });
      dashboard.showToast({ message: `Support pass for ${result.email} saved. Now send the invite in Roles & Permissions.`, type: 'success' });
      return;
    }
    setOutcome({ kind: 'granted', grant: result });
    const message = isAdopted(result) ? `${result.email}'s access now ends on time.` : result.sentManually ? `Tracking the invite you sent to ${result.email}.` : `Invitation sent to ${result.email}.`;
    dashboard.showToast({ message, type: 'success' });
  };
  const failed = (error: unknown) => {
    setDraft(null);
    if (error instanceof PassInviteFailed) {
      setOutcome({ kind: 'refused', grant: error.grant, message: error.message, permission: error.wixError?.kind === 'permission' });
    } else if (error instanceof PassSavedLate) {
      // The invite went out: show the pass as sent, and say what is left and what to do.
      setOutcome({ kind: 'granted', grant: error.grant });
      dashboard.showToast({ message: error.message, type: 'warning' });
    } else {
      dashboard.showToast({ message: error instanceof Error ? error.message : 'The pass could not be saved.', type: 'error' });
    }
  };
  const run = (input: GrantInput) => {
    if (grant.isLoading) return;
    grant.mutate(input, { onSuccess: granted, onError: failed });
  };

  return {
    draft, outcome, setDraft, busy: grant.isLoading || manual.isLoading || decline.isLoading,
    open: (next: Draft) => { setOutcome(null); setDraft(next); },
    /** Shows again what to send in Roles & Permissions for a pass waiting for its invite. */
    guide: (waiting: Grant) => { setDraft(null); setOutcome({ kind: 'guided', grant: waiting }); },
    close: () => { setDraft(null); setOutcome(null); },
    // One click, one operation id: it becomes the pass's id (the button is disabled while it runs).
    submit: (pass: ValidPass) => run({ request: { ...pass, requestedBy: draft?.request ? linkRequester(draft.request) : actor, operationId: crypto.randomUUID() } }),
    retry: (failedGrant: Grant) => {
      const role = data.site.roles.find((r) => r.id === failedGrant.roleId);
      if (role) run({ retry: failedGrant, role });
      else dashboard.showToast({ message: `The role ${failedGrant.roleTitle} no longer exists on this site. Grant a new pass.`, type: 'error' });
    },
    sentManually: (refused: Grant) =>
      manual.mutate(refused, { onSuccess: granted, onError: (error) => dashboard.showToast({ message: (error as Error).message, type: 'error' }) }),
    decline: () => {
      const request = draft?.request;
      if (!request) return;
      const role = data.site.roles.find((r) => r.id === draft.form.roleId) ?? null;
      const email = request.email ?? draft.form.email;
      decline.mutate(
        { email, vendorName: request.name ?? '', role, ticket: request.ticket ?? '', reason: request.reason ?? 'Declined', expiresAt: clock(), autoEnd: false, requestedBy: linkRequester(request) },
        { onSuccess: () => { setDraft(null); dashboard.showToast({ message: `Request from ${email} declined. Nobody was invited.` }); } },
      );
    },
  };
}
