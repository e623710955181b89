import { useRef, useState } from 'react';
import type { PassForm } from '../../access/pass-form';
import { isAdopted, type Grant } from '../../access/support-pass';
import { linkRequester } from '../../access/request-link';
import { useServices } from '../../page/services';
import type { GrantAnswer } from '../../contract/passes';
import type { Draft } from './draft';
import { useDeclineRequest } from './use-decline-request';
import { useGrantPass, type GrantCommand } from './use-grant-pass';
import { useManualInvite } from './use-manual-invite';

export type Outcome =
  | { kind: 'granted'; grant: Grant }
  | { kind: 'guided'; grant: Grant }
  | { kind: 'refused'; grant: Grant; message: string; permission: boolean };

/** The grant flow: draft → invite sent (paste text) or refused (retry, or sent by hand). */
export function useGrantFlow(initialDraft: Draft | null) {
  const { dashboard } = useServices();
  const [draft, setDraft] = useState<Draft | null>(initialDraft);
  // One operation id per form opened (a second click, or a retry after a lost answer, finds the first
  // attempt), and a guard that holds from the first click, before React draws the button busy.
  const operationId = useRef(crypto.randomUUID());
  const sending = useRef(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const grant = useGrantPass();
  const manual = useManualInvite();
  const decline = useDeclineRequest();

  const granted = (result: Grant) => {
    setDraft(null);
    if (result.status === 'awaiting-invite') {
      setOutcome({ kind: 'guided', grant: result });
      dashboard.showToast({
        message: `Support pass for ${result.email} saved. Now send the invite in Roles & Permissions.`,
        type: 'success',
      });
      return;
    }
    setOutcome({ kind: 'granted', grant: result });
    const message = isAdopted(result)
      ? `${result.email}'s access now ends on time.`
      : result.sentManually
        ? `Tracking the invite you sent to ${result.email}.`
        : `Invitation sent to ${result.email}.`;
    dashboard.showToast({ message, type: 'success' });
  };
  const answered = (answer: GrantAnswer) => {
    if (answer.outcome === 'refused') {
      setDraft(null);
      setOutcome({ kind: 'refused', grant: answer.grant, message: answer.message, permission: answer.permission });
    } else if (answer.outcome === 'saved-late') {
      // The invite went out: show the pass as sent, and say what is left and what to do (one toast).
      setDraft(null);
      setOutcome({ kind: 'granted', grant: answer.grant });
      dashboard.showToast({ message: answer.message, type: 'warning' });
    } else {
      granted(answer.grant);
    }
  };
  const failed = (error: unknown) => {
    setDraft(null);
    dashboard.showToast({ message: error instanceof Error ? error.message : 'The pass could not be saved.', type: 'error' });
  };
  const run = (input: GrantCommand) => {
    if (sending.current) return;
    sending.current = true;
    grant.mutate(input, {
      onSuccess: (answer) => {
        operationId.current = crypto.randomUUID();
        answered(answer);
      },
      onError: failed,
      onSettled: () => void (sending.current = false),
    });
  };

  return {
    draft,
    outcome,
    setDraft,
    busy: grant.isLoading || manual.isLoading || decline.isLoading,
    open: (next: Draft) => {
      operationId.current = crypto.randomUUID();
      setOutcome(null);
      setDraft(next);
    },
    /** Shows again what to send in Roles & Permissions for a pass waiting for its invite. */
    guide: (waiting: Grant) => {
      setDraft(null);
      setOutcome({ kind: 'guided', grant: waiting });
    },
    close: () => {
      setDraft(null);
      setOutcome(null);
    },
    // The form's operation id becomes the pass's id; the backend checks the form again against the site.
    submit: (form: PassForm, adoptExisting: boolean) =>
      run({
        form,
        adoptExisting,
        operationId: operationId.current,
        requestedBy: draft?.request ? linkRequester(draft.request) : undefined,
      }),
    retry: (failedGrant: Grant) => run({ retry: failedGrant }),
    sentManually: (refused: Grant) =>
      manual.mutate(refused, {
        onSuccess: granted,
        onError: (error) => dashboard.showToast({ message: (error as Error).message, type: 'error' }),
      }),
    decline: () => {
      const request = draft?.request;
      if (!request) return;
      const email = request.email ?? draft.form.email;
      decline.mutate(
        {
          email,
          vendorName: request.name ?? '',
          roleId: draft.form.roleId,
          ticket: request.ticket ?? '',
          reason: request.reason ?? 'Declined',
          requestedBy: linkRequester(request),
        },
        {
          onSuccess: () => {
            setDraft(null);
            dashboard.showToast({ message: `Request from ${email} declined. Nobody was invited.` });
          },
        },
      );
    },
  };
}
