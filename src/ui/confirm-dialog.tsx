import { MessageModalLayout, Text } from '@wix/design-system';
import type { ConfirmRequest } from '../wix/dashboard-port';

/** The confirmation shown before an access change; rendered by the Wix modal and the local shell. */
export function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }) {
  return (
    <MessageModalLayout
      skin={request.destructive ? 'destructive' : 'standard'}
      title={request.title}
      primaryButtonText={request.confirmLabel}
      primaryButtonOnClick={() => onAnswer(true)}
      secondaryButtonText="Cancel"
      secondaryButtonOnClick={() => onAnswer(false)}
      closeButtonProps={{ onClick: () => onAnswer(false) }}
    >
      <Text>{request.message}</Text>
    </MessageModalLayout>
  );
}
