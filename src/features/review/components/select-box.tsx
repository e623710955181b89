import { memo } from 'react';
import { PlainCheckbox } from '../../../ui/plain';

/** A row's selection checkbox, memoised so selecting one row does not re-render the others. */
export const RowSelect = memo(function RowSelect({
  rowKey,
  label,
  checked,
  onToggle,
}: {
  rowKey: string;
  label: string;
  checked: boolean;
  onToggle: (key: string, on: boolean) => void;
}) {
  return <PlainCheckbox label={label} checked={checked} onChange={() => onToggle(rowKey, !checked)} />;
});
