import { Checkbox } from '@wix/design-system';
import { memo } from 'react';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** A checkbox with a label for screen readers only (WDS Checkbox takes its label from its children). */
export function SelectBox({ label, checked, indeterminate, onChange }: { label: string; checked: boolean; indeterminate?: boolean; onChange: () => void }) {
  return (
    <Checkbox checked={checked} indeterminate={indeterminate} onChange={onChange}>
      <span style={visuallyHidden}>{label}</span>
    </Checkbox>
  );
}

/** A row's selection checkbox, memoised so selecting one row does not re-render the others. */
export const RowSelect = memo(function RowSelect({ rowKey, label, checked, onToggle }: { rowKey: string; label: string; checked: boolean; onToggle: (key: string, on: boolean) => void }) {
  return <SelectBox label={label} checked={checked} onChange={() => onToggle(rowKey, !checked)} />;
});
