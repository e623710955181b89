import { dashboard } from '@wix/dashboard';
import { WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import type { ConfirmRequest } from '../../../wix/dashboard-port';
import { confirmRequestSchema } from './confirm-request';

/** The Wix dashboard modal that confirms an access change; answers with `{ confirmed }`. */
export default function ConfirmAccessChangeModal() {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  useEffect(() => {
    dashboard.observeState((state) => {
      const parsed = confirmRequestSchema.safeParse(state);
      setRequest(parsed.success ? parsed.data : null);
    });
  }, []);
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      {request && <ConfirmDialog request={request} onAnswer={(confirmed) => dashboard.closeModal({ confirmed })} />}
    </WixDesignSystemProvider>
  );
}
