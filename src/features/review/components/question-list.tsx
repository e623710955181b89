import { Text } from '@wix/design-system';
import { Fragment } from 'react';
import type { QuestionAnswer } from '../../../access/review/questions';

/** The guide's four review questions with their answers so far. */
export function QuestionList({ answers }: { answers: QuestionAnswer[] }) {
  return (
    <dl aria-label="Review questions" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(220px, max-content) 1fr', gap: '6px 16px' }}>
      {answers.map((a) => (
        <Fragment key={a.question}>
          <dt><Text size="small" weight="bold">{a.answered ? '✓ ' : '○ '}{a.question}</Text></dt>
          <dd style={{ margin: 0 }}><Text size="small" secondary={!a.answered}>{a.answer}</Text></dd>
        </Fragment>
      ))}
    </dl>
  );
}
