import { useQuery } from '@tanstack/react-query';
import { Box } from '@wix/design-system';
import { useState } from 'react';
import { describeRequest, type RequestView } from '../../../access/requests/request-view';
import { useServices } from '../../../page/services';
import { grantsQuery, peopleQuery } from '../../../page/site-queries';
import { LoadError } from '../../../page/load-error';
import { requestsQuery } from '../queries';
import { useDecideRequest, type Decision } from '../use-decide-request';
import { useFinishSetup } from '../use-finish-setup';
import { DecidedCard } from './decided-card';
import { InviteSteps } from './invite-steps';
import { RequestForm } from './request-form';
import { WaitingCard } from './waiting-card';
import { ApprovalPolicyCard } from './approval-policy-card';
import { LoadingCard } from '../../../ui/loading-card';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Requests: what teammates asked for, the owner's decisions, and the access each became. */
export function RequestsTab() {
  const { gateway, clock, dashboard } = useServices();
  const requests = useQuery(requestsQuery(gateway));
  const grants = useQuery(grantsQuery(gateway));
  const people = useQuery(peopleQuery(gateway));
  const decide = useDecideRequest();
  const finish = useFinishSetup();
  const [guideId, setGuideId] = useState<string | null>(null);
  const failed = [requests, grants, people].find((q) => q.isError);
  if (failed)
    return <LoadError error={failed.error} onRetry={() => [requests, grants, people].forEach((q) => q.isError && void q.refetch())} />;
  if (!requests.data || !grants.data || !people.data) {
    return <LoadingCard text="Loading access requests…" />;
  }
  const now = clock();
  const views = requests.data.map((r) => describeRequest(r, grants.data, people.data.people, now));
  const waiting = views.filter((v) => v.request.status === 'open').map((v) => v.request);
  const decided = views.filter((v) => v.request.status !== 'open');
  const guiding = decided.find((v) => v.request._id === guideId && v.needsInvite);
  const busyId = decide.isLoading || finish.isLoading ? (decide.variables?.requestId ?? guideId) : null;

  const onDecide = (decision: Decision) =>
    decide.mutate(decision, {
      onSuccess: ({ request }) => {
        const text =
          decision.kind === 'decline'
            ? `Request for ${request.email} declined.`
            : request.status === 'open'
              ? `First approval recorded. Another owner or co-owner must approve ${request.email} too.`
              : request.failure
                ? request.failure
                : `Request for ${request.email} approved.`;
        dashboard.showToast({ message: text, type: request.failure ? 'warning' : 'success' });
        if (decision.kind === 'approve') setGuideId(request._id);
      },
      onError: (error) => dashboard.showToast({ message: message(error), type: 'error' }),
    });
  const onSent = (view: RequestView) => {
    const step =
      view.needsInvite === 'pass' && view.grant
        ? { kind: 'pass-invite-sent' as const, grant: view.grant }
        : { kind: 'invite-sent' as const, request: view.request };
    finish.mutate(step, {
      onSuccess: () => {
        setGuideId(null);
        dashboard.showToast({ message: `Invite to ${view.request.email} recorded. Site Access sees when they join.`, type: 'success' });
      },
      onError: (error) => dashboard.showToast({ message: message(error), type: 'error' }),
    });
  };
  const onRetry = (view: RequestView) =>
    finish.mutate(
      { kind: 'retry', request: view.request },
      { onError: (error) => dashboard.showToast({ message: message(error), type: 'error' }) },
    );
  return (
    <Box direction="vertical" gap="SP4">
      {guiding && <InviteSteps view={guiding} busy={finish.isLoading} onSent={() => onSent(guiding)} onClose={() => setGuideId(null)} />}
      <WaitingCard waiting={waiting} busyId={busyId} onDecide={onDecide} />
      <DecidedCard decided={decided} busyId={busyId} onGuide={(v) => setGuideId(v.request._id)} onRetry={onRetry} />
      <ApprovalPolicyCard />
      <RequestForm />
    </Box>
  );
}
