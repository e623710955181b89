import { Dropdown } from '@wix/design-system';
import { useEffect, useRef, useState } from 'react';
import './select.css';

interface Props {
  id: string;
  value: string;
  options: { id: string; label: string }[];
  /** Shown (and not choosable) while nothing is chosen. */
  placeholder?: string;
  invalid?: boolean;
  onChange(value: string): void;
}

/**
 * WDS's Dropdown, as a Wix user expects it. WDS 1.328 gives its combobox input no `aria-expanded`
 * (axe: aria-required-attr, serious), so the wrapper keeps that attribute in step with the list; select.css
 * gives the chosen row a blue its white text can be read on.
 */
export function Select({ id, value, options, placeholder, invalid, onChange }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    box.current?.querySelector('input')?.setAttribute('aria-expanded', String(expanded));
  });
  return (
    <div ref={box}>
      <Dropdown
        id={id}
        selectedId={value === '' ? undefined : value}
        options={options.map((option) => ({ id: option.id, value: option.label }))}
        placeholder={placeholder}
        status={invalid ? 'error' : undefined}
        onOptionsShow={() => setExpanded(true)}
        onOptionsHide={() => setExpanded(false)}
        onSelect={(option) => onChange(String(option.id))}
      />
    </div>
  );
}
