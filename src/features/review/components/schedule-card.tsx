import { Badge, Box, Card, Text, TextButton } from '@wix/design-system';
import { suggestedKind, type CadenceItem } from '../../../access/review/cadence';
import { formatDate } from '../../../access/format';
import { REVIEW_KINDS, type Review, type ReviewKind } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { StartReview } from './start-review';

/** The review cadence (monthly, quarterly, yearly), the reminder in Wix, and the way to start a review. */
interface Props {
  cadence: CadenceItem[];
  lastCompleted: Review | null;
  starting: boolean;
  onStart: (kind: ReviewKind) => void;
}

export function ScheduleCard({ cadence, lastCompleted, starting, onStart }: Props) {
  const { dashboard } = useServices();
  const reminderKind = lastCompleted?.nextDueKind;
  return (
    <Card>
      <Card.Header
        title="Review schedule"
        subtitle="The guide's cadence: pending invites monthly, everyone quarterly, a documented re-certification yearly."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box gap="SP6" flexWrap="wrap">
            {cadence.map((item) => (
              <Box key={item.kind} direction="vertical" gap="SP1" minWidth="200px">
                <Text size="small" weight="bold">
                  {item.title}{' '}
                  <Text size="small" secondary>
                    · every {item.every}
                  </Text>
                </Text>
                <Text size="small">{item.lastDone ? `Last done ${formatDate(item.lastDone)}` : 'Never done'}</Text>
                <Box gap="SP1" verticalAlign="middle">
                  <Text size="small">Next due {formatDate(item.dueAt)}</Text>
                  {item.overdue && (
                    <Badge size="tiny" skin="danger">
                      Overdue
                    </Badge>
                  )}
                </Box>
              </Box>
            ))}
          </Box>
          {lastCompleted?.reminderTaskId && lastCompleted.nextDueAt && reminderKind && (
            <Box gap="SP2" verticalAlign="middle">
              <Text size="small">
                Reminder set in Tasks & Reminders: {REVIEW_KINDS[reminderKind].title} on {formatDate(lastCompleted.nextDueAt)}.
              </Text>
              <TextButton size="small" onClick={() => dashboard.navigate(WIX_PAGES.tasksAndReminders)}>
                Open Tasks & Reminders
              </TextButton>
            </Box>
          )}
          <StartReview suggested={suggestedKind(cadence)} starting={starting} onStart={onStart} />
        </Box>
      </Card.Content>
    </Card>
  );
}
