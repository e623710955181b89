import { Box, Button, FormField, Input } from '@wix/design-system';
import { useState } from 'react';
import { z } from 'zod';
import { emailField, vendorNameField } from '../../../access/pass-input';
import { MAX_PASS_DAYS } from '../../../access/support-pass';
import type { Vendor } from '../../../access/vendors';
import { useServices } from '../../../page/services';
import { useVendorMutations } from '../use-vendors';

const vendorForm = z.object({
  name: vendorNameField.pipe(z.string().min(1, 'Give the vendor a name.')),
  email: emailField,
  roleTitle: z.string().trim().min(1, 'Name the role they usually need, e.g. Website Manager.').max(80),
  defaultDays: z.coerce.number().int('Use whole days.').min(1, 'At least 1 day.').max(MAX_PASS_DAYS, `${MAX_PASS_DAYS} days at most.`),
});
type Fields = Record<keyof z.input<typeof vendorForm>, string>;

/** Adds or edits one of the owner's vendors. */
export function VendorForm({ vendor, onDone }: { vendor: Vendor | null; onDone(): void }) {
  const { dashboard } = useServices();
  const { save } = useVendorMutations();
  const [fields, setFields] = useState<Fields>({
    name: vendor?.name ?? '',
    email: vendor?.email ?? '',
    roleTitle: vendor?.roleTitle ?? 'Website Manager',
    defaultDays: String(vendor?.defaultDays ?? 7),
  });
  const [errors, setErrors] = useState<Partial<Fields>>({});
  const input = (name: keyof Fields, label: string) => (
    <FormField label={label} id={`vendor-${name}`} status={errors[name] ? 'error' : undefined} statusMessage={errors[name]}>
      <Input id={`vendor-${name}`} value={fields[name]} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
    </FormField>
  );

  const submit = () => {
    const parsed = vendorForm.safeParse(fields);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    save.mutate(
      { ...parsed.data, _id: vendor?._id, defaultReason: vendor?.defaultReason ?? '' },
      {
        onSuccess: () => {
          dashboard.showToast({ message: `${parsed.data.name} saved.`, type: 'success' });
          onDone();
        },
        onError: (error) => dashboard.showToast({ message: (error as Error).message, type: 'error' }),
      },
    );
  };

  return (
    <Box direction="vertical" gap="SP2" padding="SP3" border="1px solid" borderColor="D60" borderRadius="8px">
      <Box gap="SP2">
        {input('name', 'Vendor name')}
        {input('email', 'Support email')}
        {input('roleTitle', 'Usual role')}
        {input('defaultDays', 'Days of access')}
      </Box>
      <Box gap="SP2" align="right">
        <Button size="small" priority="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button size="small" onClick={submit} disabled={save.isLoading}>
          Save vendor
        </Button>
      </Box>
    </Box>
  );
}
