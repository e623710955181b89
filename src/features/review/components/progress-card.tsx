import { Box, Button, Card, LinearProgressBar, SectionHelper, Text } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import { answerQuestions } from '../../../access/review/questions';
import { REVIEW_KINDS, type Review } from '../../../access/review/review-record';
import { useServices } from '../../../app/app-context';
import type { Checklist } from '../use-checklist';
import { useCompleteReview } from '../use-complete-review';
import type { DecisionRunner } from '../use-decide';
import { QuestionList } from './question-list';

/** The review in progress: how far it is, the guide's four questions, and completion. */
export function ProgressCard({ review, checklist, runner }: { review: Review; checklist: Checklist; runner: DecisionRunner }) {
  const { dashboard } = useServices();
  const complete = useCompleteReview();
  const total = checklist.subjects.length;
  const done = checklist.subjects.filter((r) => checklist.decisions.has(r.key)).length;
  const ready = done === total;

  const onComplete = () =>
    complete.mutate(undefined, {
      onSuccess: ({ warnings }) => {
        dashboard.showToast({ type: 'success', message: `${REVIEW_KINDS[review.kind].title} completed. The summary is below.` });
        warnings.forEach((message) => dashboard.showToast({ type: 'warning', message }));
      },
      onError: (error) => dashboard.showToast({ type: 'error', message: `Couldn't complete the review. ${(error as Error).message}` }),
    });

  return (
    <Card>
      <Card.Header
        title={`${REVIEW_KINDS[review.kind].title} in progress`}
        subtitle={`Started ${formatDate(review.startedAt)} by ${review.reviewer || 'you'}. Saved as you go: you can leave and come back.`}
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box direction="vertical" gap="SP1">
            <Text weight="bold">{done} of {total} reviewed</Text>
            <LinearProgressBar value={total === 0 ? 100 : Math.round((done / total) * 100)} aria-label={`${done} of ${total} reviewed`} skin="success" />
          </Box>
          <QuestionList answers={answerQuestions(review, checklist.subjects)} />
          {runner.saveError && (
            <SectionHelper appearance="danger" title="Not saved yet">
              <Box direction="vertical" gap="SP2">
                <Text size="small" role="alert">{runner.saveError}</Text>
                <Box><Button size="small" priority="secondary" onClick={runner.saveAgain}>Save again</Button></Box>
              </Box>
            </SectionHelper>
          )}
          <Box gap="SP3" verticalAlign="middle">
            <Button disabled={!ready || complete.isLoading} onClick={onComplete}>
              {complete.isLoading ? 'Completing…' : 'Complete review'}
            </Button>
            {!ready && <Text size="small" secondary>Decide on every row of the checklist to complete the review.</Text>}
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
