import { Box, Button, Card, FormField, Input, InputArea } from '@wix/design-system';
import { useState } from 'react';
import { existingAccess, expiryFromForm, validatePassForm, type PassForm, type PassFormErrors } from '../../../access/pass-form';
import { useServices } from '../../../page/services';
import { Select } from '../../../ui/select';
import type { SupportData } from '../use-support-data';
import { DurationField } from './duration-field';
import { EndingField } from './ending-field';

interface Props {
  initial: PassForm;
  data: SupportData;
  title: string;
  busy: boolean;
  submitLabel?: string;
  /** The form, checked here first (the backend checks it again), and whether to put someone's current access on the pass. */
  onSubmit(form: PassForm, adoptExisting: boolean): void;
  onCancel(): void;
  /** Shown instead of Cancel for a vendor request (the owner declines it). */
  onDecline?: () => void;
}

/** The pass: who, which role, which ticket, why, until when. Nothing is sent until the owner submits. */
export function GrantForm({ initial, data, title, busy, submitLabel = 'Send invite', onSubmit, onCancel, onDecline }: Props) {
  const { clock } = useServices();
  const [form, setForm] = useState<PassForm>(initial);
  const [errors, setErrors] = useState<PassFormErrors>({});
  const change = (patch: Partial<PassForm>) => setForm((current) => ({ ...current, ...patch }));
  const field = (name: keyof PassForm) => ({ status: errors[name] ? ('error' as const) : undefined, statusMessage: errors[name] });

  const site = { ...data.site, passes: data.passes };
  const submit = (adoptExisting = false) => {
    if (busy) return;
    const result = validatePassForm(form, site, clock(), adoptExisting);
    setErrors(result.errors);
    if (result.value) onSubmit(form, adoptExisting);
  };
  const hasAccess = Boolean(errors.email && existingAccess(form.email, site, clock())?.person);

  const roleOptions = data.site.roles.filter((r) => r.title !== 'Owner').map((r) => ({ id: r.id, label: r.title }));
  return (
    <Card>
      <Card.Header
        title={title}
        subtitle="Site Access records why and until when, reminds you in Tasks & Reminders, and removes the access on the end date unless you choose a reminder only."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box gap="SP4">
            <Box direction="vertical" width="50%">
              <FormField label="Support email" id="pass-email" required {...field('email')}>
                <Input id="pass-email" value={form.email} autoFocus={!initial.email} onChange={(e) => change({ email: e.target.value })} />
              </FormField>
            </Box>
            <Box direction="vertical" width="50%">
              <FormField label="Vendor" id="pass-vendor" {...field('vendorName')}>
                <Input id="pass-vendor" value={form.vendorName} onChange={(e) => change({ vendorName: e.target.value })} />
              </FormField>
            </Box>
          </Box>
          <Box gap="SP4">
            <Box direction="vertical" width="50%">
              <FormField label="Role" id="pass-role" required {...field('roleId')}>
                <Select
                  id="pass-role"
                  options={roleOptions}
                  value={form.roleId}
                  placeholder="Choose a role"
                  invalid={Boolean(errors.roleId)}
                  onChange={(roleId) => change({ roleId })}
                />
              </FormField>
            </Box>
            <Box direction="vertical" width="50%">
              <FormField label="Ticket reference" id="pass-ticket" {...field('ticket')}>
                <Input
                  id="pass-ticket"
                  value={form.ticket}
                  autoFocus={Boolean(initial.email) && !initial.ticket}
                  placeholder="e.g. #4711"
                  onChange={(e) => change({ ticket: e.target.value })}
                />
              </FormField>
            </Box>
          </Box>
          <FormField label="Reason" id="pass-reason" required {...field('reason')}>
            <InputArea id="pass-reason" rows={2} value={form.reason} onChange={(e) => change({ reason: e.target.value })} />
          </FormField>
          <DurationField duration={form.duration} endDate={form.endDate} error={errors.endDate} onChange={change} />
          <EndingField autoEnd={form.autoEnd} endsAt={expiryFromForm(form, clock())} onChange={(autoEnd) => change({ autoEnd })} />
          <Box gap="SP2" align="right">
            {onDecline ? (
              <Button priority="secondary" skin="destructive" onClick={onDecline} disabled={busy}>
                Decline request
              </Button>
            ) : (
              <Button priority="secondary" onClick={onCancel} disabled={busy}>
                Cancel
              </Button>
            )}
            {hasAccess && (
              <Button priority="secondary" onClick={() => submit(true)} disabled={busy}>
                Put current access on this pass
              </Button>
            )}
            <Button onClick={() => submit()} disabled={busy}>
              {busy ? 'Sending…' : submitLabel}
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
