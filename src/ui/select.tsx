/**
 * A native select styled like a WDS input. WDS's Dropdown leaves out aria-expanded on its
 * combobox (an axe "serious" violation); a native select is accessible and keyboard friendly.
 */
const STYLE = {
  width: '100%', height: 36, padding: '0 12px', border: '1px solid #c1e4fe', borderRadius: 6, background: '#fff',
  font: 'inherit', fontSize: 16, color: '#162d3d',
} as const;

interface Props {
  id: string;
  value: string;
  options: { id: string; label: string }[];
  placeholder: string;
  invalid?: boolean;
  onChange(value: string): void;
}

export function Select({ id, value, options, placeholder, invalid, onChange }: Props) {
  return (
    <select id={id} value={value} aria-invalid={invalid || undefined} style={{ ...STYLE, borderColor: invalid ? '#e62214' : '#c1e4fe' }} onChange={(e) => onChange(e.target.value)}>
      <option value="" disabled>{placeholder}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>{option.label}</option>
      ))}
    </select>
  );
}
