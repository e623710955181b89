import { Badge, Box, Card, Table, Text } from '@wix/design-system';
import { formatDate, formatDateTime, plural } from '../../../access/format';
import { answerQuestions } from '../../../access/review/questions';
import { DECISION_LABELS, REVIEW_KINDS, reviewCounts, type DecisionKind, type Review } from '../../../access/review/review-record';
import { ExportLink } from './export-link';
import { QuestionList } from './question-list';

/** The counts by decision, from the review's summary (or, for an older review, the decisions it holds). */
function counts(review: Review): string {
  const { byDecision } = reviewCounts(review);
  return (
    (Object.keys(DECISION_LABELS) as DecisionKind[])
      .filter((kind) => byDecision[kind] > 0)
      .map((kind) => `${DECISION_LABELS[kind]}: ${byDecision[kind]}`)
      .join(' · ') || 'No decisions'
  );
}

const columns = [
  { title: 'Review', render: (r: Review) => <Text size="small">{REVIEW_KINDS[r.kind].title}</Text> },
  { title: 'Completed', render: (r: Review) => <Text size="small">{r.completedAt ? formatDate(r.completedAt) : '—'}</Text> },
  { title: 'Reviewer', render: (r: Review) => <Text size="small">{r.reviewer || '—'}</Text> },
  { title: 'Decisions', render: (r: Review) => <Text size="small">{counts(r)}</Text> },
  { title: 'Evidence', render: (r: Review) => <ExportLink review={r} /> },
];

/** The summary of the last completed review, and every completed review with its CSV export. */
export function SummaryCard({ reviews }: { reviews: Review[] }) {
  const [last] = reviews;
  if (!last) return null;
  const subjects = last.decisions.map((d) => ({ key: d.subjectKey, type: d.subjectType }));
  return (
    <Card>
      <Card.Header
        title="Review summary"
        subtitle={`${REVIEW_KINDS[last.kind].title} completed ${last.completedAt ? formatDateTime(last.completedAt) : ''} by ${last.reviewer || 'you'}.`}
        suffix={<ExportLink review={last} />}
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box gap="SP2" verticalAlign="middle">
            <Badge skin="neutralSuccess" size="small">
              Completed
            </Badge>
            <Text size="small">
              {plural(reviewCounts(last).decisions, 'decision')}: {counts(last)}
            </Text>
          </Box>
          <QuestionList answers={answerQuestions(last, subjects)} />
        </Box>
      </Card.Content>
      {reviews.length > 1 && (
        <>
          <Card.Divider />
          <Table data={reviews} columns={columns} rowVerticalPadding="small">
            <Table.Content />
          </Table>
        </>
      )}
    </Card>
  );
}
