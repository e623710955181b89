import { Box, Button, Card, Text, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { plural } from '../../../access/format';
import { isBuiltIn, type Vendor } from '../../../access/vendors';
import { useServices } from '../../../page/services';
import { useVendorMutations } from '../use-vendors';
import { VendorForm } from './vendor-form';

interface Props {
  vendors: Vendor[];
  onGrant(vendor: Vendor): void;
  onGrantOther(): void;
}

/** Vendors who ask for access, each one click from a pass. POWR is built in; the owner adds others. */
export function VendorDirectory({ vendors, onGrant, onGrantOther }: Props) {
  const { dashboard } = useServices();
  const { remove } = useVendorMutations();
  const [editing, setEditing] = useState<Vendor | 'new' | null>(null);

  const removeVendor = (vendor: Vendor) =>
    remove.mutate(vendor, {
      onSuccess: () => dashboard.showToast({ message: `${vendor.name} removed from your vendors.`, type: 'success' }),
      onError: (error) => dashboard.showToast({ message: (error as Error).message, type: 'error' }),
    });

  return (
    <Card>
      <Card.Header
        title="Vendors"
        subtitle="Support teams that ask you for access. Grant a time-boxed pass in one click."
        suffix={
          <Button size="small" priority="secondary" onClick={onGrantOther}>
            Invite someone else
          </Button>
        }
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP3">
          {vendors.map((vendor) => (
            <Box key={vendor._id} gap="SP3" verticalAlign="middle">
              <Box direction="vertical" flexGrow={1}>
                <Text weight="bold">{vendor.name}</Text>
                <Text size="small" secondary>{`${vendor.email} · ${vendor.roleTitle} · ${plural(vendor.defaultDays, 'day')}`}</Text>
              </Box>
              {!isBuiltIn(vendor) && (
                <>
                  <TextButton size="small" onClick={() => setEditing(vendor)} ariaLabel={`Edit ${vendor.name}`}>
                    Edit
                  </TextButton>
                  <TextButton size="small" skin="destructive" onClick={() => removeVendor(vendor)} ariaLabel={`Remove ${vendor.name}`}>
                    Remove
                  </TextButton>
                </>
              )}
              <Button size="small" onClick={() => onGrant(vendor)} aria-label={`Grant access to ${vendor.name}`}>
                Grant access
              </Button>
            </Box>
          ))}
          {editing ? (
            <VendorForm vendor={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
          ) : (
            <Box>
              <TextButton size="small" onClick={() => setEditing('new')}>
                + Add a vendor
              </TextButton>
            </Box>
          )}
        </Box>
      </Card.Content>
    </Card>
  );
}
