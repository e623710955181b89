import { Box, Button, RadioGroup, Text } from '@wix/design-system';
import { useState } from 'react';
import { REVIEW_KINDS, REVIEW_KIND_IDS, type ReviewKind } from '../../../access/review/review-record';

const WHAT_IT_COVERS: Record<ReviewKind, string> = {
  'invites-monthly': 'Decide on every pending or expired invite: keep, resend or cancel.',
  'full-quarterly': 'Everyone with access and every open invite: keep, change role or remove.',
  'recert-annual': 'The full review, and everyone kept needs a reason on record: the yearly documentation of all access.',
};

/** Chooses the kind of review (the one due is suggested) and starts it. */
export function StartReview({
  suggested,
  starting,
  onStart,
}: {
  suggested: ReviewKind;
  starting: boolean;
  onStart: (kind: ReviewKind) => void;
}) {
  const [kind, setKind] = useState<ReviewKind>(suggested);
  return (
    <Box direction="vertical" gap="SP3">
      <RadioGroup value={kind} onChange={(value) => setKind(REVIEW_KIND_IDS.find((k) => k === value) ?? suggested)}>
        {REVIEW_KIND_IDS.map((id) => (
          <RadioGroup.Radio key={id} value={id}>
            <Text size="small" weight="bold">
              {REVIEW_KINDS[id].title}
            </Text>{' '}
            <Text size="small" secondary>
              — {WHAT_IT_COVERS[id]}
            </Text>
          </RadioGroup.Radio>
        ))}
      </RadioGroup>
      <Box>
        <Button disabled={starting} onClick={() => onStart(kind)}>
          {starting ? 'Starting…' : 'Start review'}
        </Button>
      </Box>
    </Box>
  );
}
