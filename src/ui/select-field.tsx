/**
 * A native select styled like a WDS input. WDS's Dropdown renders a combobox without
 * `aria-expanded` (an axe-core violation), so choices of a few items use the browser's own select.
 */
export function SelectField({ id, value, options, onChange }: {
  id: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{
        height: 36, minWidth: 200, padding: '0 12px', borderRadius: 6, border: '1px solid #a8caff',
        background: '#fff', color: '#162d3d', fontSize: 16,
        fontFamily: 'var(--wds-font-family-default, Madefor, "Helvetica Neue", Helvetica, Arial, sans-serif)',
      }}
    >
      {options.map((option) => (
        <option key={option.id} value={option.id}>{option.label}</option>
      ))}
    </select>
  );
}
