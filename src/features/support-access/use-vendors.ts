import { useMutation, useQueryClient } from '@tanstack/react-query';
import { vendorSchema, type Vendor } from '../../access/vendors';
import { useServices } from '../../page/services';
import { COLLECTIONS } from '../../wix/collections';
import { supportKeys } from './queries';

export type VendorFields = Omit<Vendor, '_id'> & { _id?: string };

/** Adds, edits and removes the owner's own vendors. */
export function useVendorMutations() {
  const { gateway } = useServices();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries(supportKeys.vendors);
  const save = useMutation({
    mutationFn: ({ _id, ...fields }: VendorFields) =>
      _id
        ? gateway.records.update(COLLECTIONS.vendors, vendorSchema, { _id, ...fields })
        : gateway.records.insert(COLLECTIONS.vendors, vendorSchema, fields),
    onSuccess,
  });
  const remove = useMutation({ mutationFn: (vendor: Vendor) => gateway.records.remove(COLLECTIONS.vendors, vendor._id), onSuccess });
  return { save, remove };
}
