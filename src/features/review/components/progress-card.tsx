import { Box, Button, Card, SectionHelper, Text } from '@wix/design-system';
import { CardHeader } from '../../../ui/card-header';
import { PlainText } from '../../../ui/plain';
import { formatDate } from '../../../access/format';
import { answerQuestions } from '../../../access/review/questions';
import { REVIEW_KINDS, type Review } from '../../../access/review/review-record';
import type { Checklist } from '../use-checklist';
import type { DecisionRunner } from '../use-decide';
import { ProgressBar } from './progress-bar';
import { QuestionList } from './question-list';

/** The review in progress: how far it is, the guide's four questions, and completion. */
interface Props {
  review: Review;
  checklist: Checklist;
  runner: DecisionRunner;
  completing: boolean;
  onComplete: () => void;
}

export function ProgressCard({ review, checklist, runner, completing, onComplete }: Props) {
  const total = checklist.subjects.length;
  // The owner counts as kept without a click: they cannot be removed or changed.
  const decided = (r: Checklist['subjects'][number]) => checklist.decisions.has(r.key) || r.status === 'owner';
  const done = checklist.subjects.filter(decided).length;
  const asked = checklist.subjects.filter((r) => r.status !== 'owner' || checklist.decisions.has(r.key));
  const ready = done === total;

  return (
    <Card>
      <CardHeader
        title={`${REVIEW_KINDS[review.kind].title} in progress`}
        subtitle={`Started ${formatDate(review.startedAt)} by ${review.reviewer || 'you'}. Saved as you go: you can leave and come back.`}
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box direction="vertical" gap="SP1">
            <PlainText size="medium" bold>
              {done} of {total} reviewed
            </PlainText>
            <ProgressBar done={done} total={total} label="Review progress" />
          </Box>
          <QuestionList answers={answerQuestions(review, asked)} />
          {runner.saveError && (
            <SectionHelper skin="danger" title="Not saved yet">
              <Box direction="vertical" gap="SP2">
                <Text size="small" role="alert">
                  {runner.saveError}
                </Text>
                <Box>
                  <Button size="small" priority="secondary" onClick={runner.saveAgain}>
                    Save again
                  </Button>
                </Box>
              </Box>
            </SectionHelper>
          )}
          <Box gap="SP3" verticalAlign="middle">
            <Button disabled={!ready || completing} onClick={onComplete}>
              {completing ? 'Completing…' : 'Complete review'}
            </Button>
            {!ready && <PlainText secondary>Decide on every row of the checklist to complete the review.</PlainText>}
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
