import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { parseRequestLink } from '../../../access/request-link';
import type { PassView } from '../../../access/support-pass';
import { useServices } from '../../../page/services';
import { useConnected } from '../../../page/use-connection';
import { useNavigation } from '../../../page/navigation';
import { LoadError } from '../../../page/load-error';
import { otherDraft, requestDraft, vendorDraft, type Draft } from '../draft';
import { useRepairPasses } from '../use-repair-passes';
import { useSupportData, type SupportData } from '../use-support-data';
import { useGrantFlow } from '../use-grant-flow';
import { GrantForm } from './grant-form';
import { GrantResult } from './grant-result';
import { GuidedInvite } from './guided-invite';
import { InviteRefused } from './invite-refused';
import { PassesSection } from './passes-section';
import { RequestNotice } from './request-notice';
import { VendorDirectory } from './vendor-directory';

function firstDraft(data: SupportData, launchSearch: string, params: Record<string, string>, now: Date): Draft | null {
  const request = parseRequestLink(launchSearch);
  if (request) return requestDraft(request, data.site.roles, now);
  if (params.email) return otherDraft(data.site.roles, now, params);
  return null;
}

function SupportAccess({ data }: { data: SupportData }) {
  const { clock, launchSearch } = useServices();
  const { params } = useNavigation();
  const [initial] = useState(() => firstDraft(data, launchSearch, params, clock()));
  const flow = useGrantFlow(initial);
  const connected = useConnected();
  useRepairPasses(data.grants, data.site);
  const { draft, outcome } = flow;
  return (
    <>
      {draft?.request && <RequestNotice request={draft.request} />}
      {draft && (
        <GrantForm
          key={draft.title + draft.form.email}
          initial={draft.form}
          title={draft.title}
          data={data}
          busy={flow.busy}
          submitLabel={connected ? 'Send invite' : 'Save pass'}
          onSubmit={flow.submit}
          onCancel={flow.close}
          onDecline={draft.request ? flow.decline : undefined}
        />
      )}
      {outcome?.kind === 'granted' && <GrantResult grant={outcome.grant} onClose={flow.close} />}
      {outcome?.kind === 'guided' && (
        <GuidedInvite grant={outcome.grant} busy={flow.busy} onSent={() => flow.sentManually(outcome.grant)} onClose={flow.close} />
      )}
      {outcome?.kind === 'refused' && (
        <InviteRefused
          grant={outcome.grant}
          message={outcome.message}
          permission={outcome.permission}
          busy={flow.busy}
          onSentManually={() => flow.sentManually(outcome.grant)}
          onRetry={() => flow.retry(outcome.grant)}
          onClose={flow.close}
        />
      )}
      <VendorDirectory
        vendors={data.vendors}
        onGrant={(vendor) => flow.open(vendorDraft(vendor, data.site.roles, clock()))}
        onGrantOther={() => flow.open(otherDraft(data.site.roles, clock()))}
      />
      <PassesSection
        data={data}
        onRetry={(view: PassView) => flow.retry(view.grant)}
        onGuide={(view: PassView) => flow.guide(view.grant)}
      />
    </>
  );
}

/** Support access: vendor passes for a ticket and a limited time, reminded and revoked on time. */
export function SupportTab() {
  const data = useSupportData({ poll: true });
  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.retry} />;
  if (data.status === 'loading') {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading support passes…" />
        </Box>
      </Card>
    );
  }
  return <SupportAccess data={data} />;
}
