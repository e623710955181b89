import type { Handoff } from '../../../access/handoff';
import { summaryFacts, summaryLines } from '../../../access/handoff-summary';

const cell = { padding: '6px 8px', borderBottom: '1px solid #dfe5eb', textAlign: 'left' as const, verticalAlign: 'top' as const };

/** The one-page summary as plain HTML, so it prints the same inside and outside the design system. */
export function SummarySheet({ handoff }: { handoff: Handoff }) {
  return (
    <div
      style={{
        color: '#162d3d',
        fontSize: 13,
        lineHeight: 1.45,
        fontFamily: 'var(--wds-font-family-default, Helvetica, Arial, sans-serif)',
      }}
    >
      <h2 style={{ fontSize: 20, margin: '0 0 12px' }}>Site handoff summary</h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '0 0 16px' }}>
        {summaryFacts(handoff).map(([label, value]) => [
          <dt key={`${label}-label`} style={{ fontWeight: 600 }}>
            {label}
          </dt>,
          <dd key={`${label}-value`} style={{ margin: 0 }}>
            {value}
          </dd>,
        ])}
      </dl>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['Step', 'Status', 'Done by', 'When', 'Note'].map((h) => (
              <th key={h} style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summaryLines(handoff).map((line) => (
            <tr key={line.item}>
              <td style={cell}>{`${line.phase}: ${line.item}`}</td>
              <td style={cell}>{line.status}</td>
              <td style={cell}>{line.by}</td>
              <td style={cell}>{line.at}</td>
              <td style={cell}>{line.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: 32, display: 'flex', gap: 48 }}>
        <span>Handed over by: ______________________ Date: ________</span>
        <span>Received by (new owner): ______________________ Date: ________</span>
      </p>
    </div>
  );
}
