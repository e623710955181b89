import { Badge, Box, Card, Table, Text } from '@wix/design-system';
import { formatDate, formatDateTime, plural } from '../../../access/format';
import { answerQuestions } from '../../../access/review/questions';
import { DECISION_LABELS, REVIEW_KINDS, type DecisionKind, type Review } from '../../../access/review/review-record';
import { ExportLink } from './export-link';
import { QuestionList } from './question-list';

function counts(review: Review): string {
  const byKind = new Map<DecisionKind, number>();
  for (const d of review.decisions) byKind.set(d.decision, (byKind.get(d.decision) ?? 0) + 1);
  return [...byKind].map(([kind, n]) => `${DECISION_LABELS[kind]}: ${n}`).join(' · ') || 'No decisions';
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
            <Badge skin="neutralSuccess" size="small">Completed</Badge>
            <Text size="small">{plural(last.decisions.length, 'decision')}: {counts(last)}</Text>
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
