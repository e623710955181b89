import { Box } from '@wix/design-system';
import { MyRequests } from './my-requests';
import { RequestForm } from './request-form';

/** For someone who may not change access: ask for it, and see the outcome. */
export function ContributorRequests() {
  return (
    <Box direction="vertical" gap="SP4">
      <RequestForm />
      <MyRequests />
    </Box>
  );
}
