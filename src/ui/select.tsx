/**
 * A native select styled like a WDS input. WDS's Dropdown renders a combobox without
 * `aria-expanded` (an axe "serious" violation); a native select is accessible and keyboard friendly.
 */
const STYLE = {
  width: '100%', minWidth: 200, height: 36, padding: '0 12px', border: '1px solid #a8caff', borderRadius: 6, background: '#fff',
  fontFamily: 'var(--wds-font-family-default, Madefor, "Helvetica Neue", Helvetica, Arial, sans-serif)', fontSize: 16, color: '#162d3d',
} as const;

interface Props {
  id: string;
  value: string;
  options: { id: string; label: string }[];
  /** Shown (and not choosable) while nothing is chosen. */
  placeholder?: string;
  invalid?: boolean;
  onChange(value: string): void;
}

export function Select({ id, value, options, placeholder, invalid, onChange }: Props) {
  return (
    <select id={id} value={value} aria-invalid={invalid || undefined} style={{ ...STYLE, borderColor: invalid ? '#e62214' : '#a8caff' }} onChange={(e) => onChange(e.target.value)}>
      {placeholder !== undefined && <option value="" disabled>{placeholder}</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>{option.label}</option>
      ))}
    </select>
  );
}
