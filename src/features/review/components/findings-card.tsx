import { Card } from '@wix/design-system';
import { memo } from 'react';
import type { Finding, Severity } from '../../../access/review/findings';
import { PlainBadge, PlainText, Stack, type PlainBadgeSkin } from '../../../ui/plain';

const SEVERITY: Record<Severity, { label: string; skin: PlainBadgeSkin }> = {
  urgent: { label: 'Urgent', skin: 'danger' },
  attention: { label: 'Check', skin: 'warningLight' },
  info: { label: 'Info', skin: 'neutralLight' },
};

/** What needs the owner's attention, most urgent on top. Memoised: decisions do not change it. Plain text, like the checklist's cells. */
export const FindingsCard = memo(function FindingsCard({ findings }: { findings: Finding[] }) {
  const problems = findings.filter((f) => f.severity !== 'info').length;
  return (
    <Card>
      <Card.Header
        title="Findings"
        subtitle={
          problems === 0 ? 'Nothing needs attention right now.' : 'Most urgent first. The rows they are about come first in the checklist.'
        }
      />
      <Card.Divider />
      <Card.Content>
        <ol aria-label="Findings" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
          {findings.map((f) => (
            <li key={f.code} style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
              <div style={{ width: 84, flexShrink: 0 }}>
                <PlainBadge skin={SEVERITY[f.severity].skin}>{SEVERITY[f.severity].label}</PlainBadge>
              </div>
              <Stack>
                <PlainText bold as="strong">
                  {f.title}
                </PlainText>
                <PlainText secondary>{f.detail}</PlainText>
              </Stack>
            </li>
          ))}
        </ol>
      </Card.Content>
    </Card>
  );
});
