import { formatDate } from '../../../access/format';
import { useState } from 'react';
import type { PassState, PassView } from '../../../access/support-pass';
import { useServices } from '../../../page/services';
import { useNavigation } from '../../../page/navigation';
import { useExtendPass } from '../use-extend-pass';
import { revokedMessage, useRevokePass } from '../use-revoke-pass';
import { useConfirmCancelled } from '../use-confirm-cancelled';
import type { SupportData } from '../use-support-data';
import { ExtendForm } from './extend-form';
import { PassesTable } from './passes-table';

const ORDER: PassState[] = [
  'due',
  'cancel-in-wix',
  'awaiting-invite',
  'active',
  'invited',
  'failed',
  'approved',
  'requested',
  'expired',
  'ended',
  'revoked',
  'declined',
];

/** The passes table with its revoke and extend actions. */
export function PassesSection({
  data,
  onRetry,
  onGuide,
}: {
  data: SupportData;
  onRetry(view: PassView): void;
  onGuide(view: PassView): void;
}) {
  const { dashboard } = useServices();
  const { openTab } = useNavigation();
  const revoke = useRevokePass();
  const extend = useExtendPass();
  const cancelled = useConfirmCancelled();
  const [extending, setExtending] = useState<PassView | null>(null);
  const fail = (error: unknown) => dashboard.showToast({ message: (error as Error).message, type: 'error' });
  const passes = [...data.passes].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));

  return (
    <>
      {extending && (
        <ExtendForm
          grant={extending.grant}
          busy={extend.isLoading}
          onCancel={() => setExtending(null)}
          onSubmit={({ expiresAt, reason }) =>
            extend.mutate(
              { grant: extending.grant, expiresAt, reason },
              {
                onSuccess: (grant) => {
                  setExtending(null);
                  dashboard.showToast({
                    message: `${grant.email}'s access now ends ${formatDate(expiresAt)}. The reminder moved too.`,
                    type: 'success',
                  });
                },
                onError: fail,
              },
            )
          }
        />
      )}
      <PassesTable
        passes={passes}
        busyId={
          revoke.isLoading ? (revoke.variables?.view.grant._id ?? null) : cancelled.isLoading ? (cancelled.variables?._id ?? null) : null
        }
        onExtend={setExtending}
        onRetry={onRetry}
        onGuide={onGuide}
        onCancelled={(view) =>
          cancelled.mutate(view.grant, {
            onSuccess: (grant) => dashboard.showToast({ message: `${grant.email}'s support pass is closed.`, type: 'success' }),
            onError: fail,
          })
        }
        onOffboard={(view) => view.contributor && openTab('offboarding', { accountId: view.contributor.accountId })}
        onRevoke={(view) =>
          revoke.mutate({ view }, { onSuccess: (saved) => saved && dashboard.showToast(revokedMessage(saved)), onError: fail })
        }
      />
    </>
  );
}
