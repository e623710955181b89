import { Fragment } from 'react';
import type { QuestionAnswer } from '../../../access/review/questions';
import { PlainText } from '../../../ui/plain';

/** The guide's four review questions with their answers so far. */
export function QuestionList({ answers }: { answers: QuestionAnswer[] }) {
  return (
    <dl
      aria-label="Review questions"
      style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(220px, max-content) 1fr', gap: '6px 16px' }}
    >
      {answers.map((a) => (
        <Fragment key={a.question}>
          <dt>
            <PlainText bold>
              {a.answered ? '✓ ' : '○ '}
              {a.question}
            </PlainText>
          </dt>
          <dd style={{ margin: 0 }}>
            <PlainText secondary={!a.answered}>{a.answer}</PlainText>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
