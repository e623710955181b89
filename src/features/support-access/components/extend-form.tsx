import { Box, Button, Card, FormField, Input, InputArea } from '@wix/design-system';
import { useEffect, useRef, useState } from 'react';
import { addDays } from '../../../access/clock';
import { formatDate } from '../../../access/format';
import { endOfDay, expiryProblem, reasonField } from '../../../access/pass-input';
import type { Grant } from '../../../access/support-pass';
import { useServices } from '../../../page/services';

interface Props {
  grant: Grant;
  busy: boolean;
  onSubmit(change: { expiresAt: Date; reason: string }): void;
  onCancel(): void;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A new end date and why: the reminder moves with it. */
export function ExtendForm({ grant, busy, onSubmit, onCancel }: Props) {
  const { clock } = useServices();
  const [date, setDate] = useState(isoDay(addDays(grant.expiresAt > clock() ? grant.expiresAt : clock(), 7)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  // One click, one extension: a second click before the page re-renders as busy is ignored.
  const submitted = useRef(false);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (busy) return;
    submitted.current = false;
    setWaiting(false);
  }, [busy]);
  const disabled = busy || waiting;

  const submit = () => {
    if (submitted.current || busy) return;
    const expiresAt = endOfDay(new Date(`${date}T00:00:00Z`));
    const parsedReason = reasonField.safeParse(reason);
    const next = {
      date: expiryProblem(expiresAt, clock()) ?? undefined,
      reason: parsedReason.success ? undefined : parsedReason.error.issues[0]?.message,
    };
    setErrors(next);
    if (next.date || !parsedReason.success) return;
    submitted.current = true;
    setWaiting(true);
    onSubmit({ expiresAt, reason: parsedReason.data });
  };

  return (
    <Card>
      <Card.Header title={`Extend ${grant.vendorName || grant.email}'s access`} subtitle={`Now ends ${formatDate(grant.expiresAt)}.`} />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP3">
          <FormField label="New end date" id="extend-date" status={errors.date ? 'error' : undefined} statusMessage={errors.date}>
            <Box width="220px">
              <Input id="extend-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </Box>
          </FormField>
          <FormField
            label="Why it needs longer"
            id="extend-reason"
            required
            status={errors.reason ? 'error' : undefined}
            statusMessage={errors.reason}
          >
            <InputArea id="extend-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <Box gap="SP2" align="right">
            <Button priority="secondary" onClick={onCancel} disabled={disabled}>
              Cancel
            </Button>
            <Button onClick={submit} disabled={disabled}>
              Extend access
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
