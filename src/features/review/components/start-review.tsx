import { Box, Button, RadioGroup, Text } from '@wix/design-system';
import { useState } from 'react';
import { REVIEW_KINDS, REVIEW_KIND_IDS, type ReviewKind } from '../../../access/review/review-record';
import { useServices } from '../../../app/app-context';
import { useStartReview } from '../use-start-review';

const WHAT_IT_COVERS: Record<ReviewKind, string> = {
  'invites-monthly': 'Decide on every pending or expired invite: keep, resend or cancel.',
  'full-quarterly': 'Everyone with access and every open invite: keep, change role or remove.',
  'recert-annual': 'The full review, and everyone kept needs a reason on record: the yearly documentation of all access.',
};

/** Chooses the kind of review (the one due is suggested) and starts it. */
export function StartReview({ suggested }: { suggested: ReviewKind }) {
  const { dashboard } = useServices();
  const start = useStartReview();
  const [kind, setKind] = useState<ReviewKind>(suggested);
  return (
    <Box direction="vertical" gap="SP3">
      <RadioGroup value={kind} onChange={(value) => setKind(REVIEW_KIND_IDS.find((k) => k === value) ?? suggested)}>
        {REVIEW_KIND_IDS.map((id) => (
          <RadioGroup.Radio key={id} value={id}>
            <Text size="small" weight="bold">{REVIEW_KINDS[id].title}</Text>{' '}
            <Text size="small" secondary>— {WHAT_IT_COVERS[id]}</Text>
          </RadioGroup.Radio>
        ))}
      </RadioGroup>
      <Box>
        <Button
          disabled={start.isLoading}
          onClick={() =>
            start.mutate(kind, {
              onError: (error) => dashboard.showToast({ type: 'error', message: `Couldn't start the review. ${(error as Error).message}` }),
            })
          }
        >
          {start.isLoading ? 'Starting…' : 'Start review'}
        </Button>
      </Box>
    </Box>
  );
}
