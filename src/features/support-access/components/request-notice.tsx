import { Box, SectionHelper, Text } from '@wix/design-system';
import type { VendorRequest } from '../../../access/request-link';

/** A vendor's request link opened this page: say so, and list what was wrong with it. */
export function RequestNotice({ request }: { request: VendorRequest }) {
  const who = request.name ?? request.email ?? 'A vendor';
  return (
    <SectionHelper skin={request.problems.length ? 'warning' : 'standard'} title={`${who} is asking for access`}>
      <Box direction="vertical" gap="SP1">
        <Text size="small">Check the details below. Nothing is granted until you send the invite; you can also decline.</Text>
        {request.problems.map((problem) => (
          <Text key={problem} size="small">{problem}</Text>
        ))}
      </Box>
    </SectionHelper>
  );
}
