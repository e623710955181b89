import { Box, SectionHelper, Text } from '@wix/design-system';
import type { VendorRequest } from '../../../access/request-link';

/**
 * A vendor's request link opened this page: the email first (it is who gets invited), then the name
 * the link gives, a warning when that name claims a known vendor with another email, and what was
 * wrong with the link. All as text.
 */
export function RequestNotice({ request }: { request: VendorRequest }) {
  const { email, name, impersonation, problems, requesterName, requesterEmail } = request;
  const sender = [requesterName, requesterEmail && `(${requesterEmail})`].filter(Boolean).join(' ');
  const title = email ? `${email} is asking for access` : 'A request for access without a valid email';
  const skin = impersonation ? 'danger' : problems.length ? 'warning' : 'standard';
  return (
    <SectionHelper skin={skin} title={title}>
      <Box direction="vertical" gap="SP1">
        {name && <Text size="small">Name given in the link: {name}</Text>}
        {sender && <Text size="small">Requested by (as the link says): {sender}</Text>}
        {impersonation && (
          <Text size="small" weight="bold" role="alert">
            {impersonation}
          </Text>
        )}
        <Text size="small">Check the details below. Nothing is granted until you send the invite; you can also decline.</Text>
        {problems.map((problem) => (
          <Text key={problem} size="small">
            {problem}
          </Text>
        ))}
      </Box>
    </SectionHelper>
  );
}
