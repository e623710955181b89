import { useEffect, useRef, type ReactNode } from 'react';
import './plain.css';

/*
 * Light stand-ins for WDS Text, Badge, tiny Button, TextButton and Checkbox, styled like them, for
 * the review's checklist, findings and questions and the bulk tables. Every WDS Text, Badge and
 * Button measures itself one frame after it is drawn (a forced layout and a re-render each), which
 * made a 25-row checklist cost about 100 ms to draw and as much again in the frame after.
 */

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

interface TextProps {
  children: ReactNode;
  size?: 'medium' | 'small' | 'tiny';
  secondary?: boolean;
  bold?: boolean;
  error?: boolean;
  role?: 'alert';
  /** `strong` for text that is a title (a finding's), `span` otherwise. */
  as?: 'span' | 'strong';
  /** Cut after one line (ellipsis) or two; the whole text is in `title`, shown on hover. */
  lines?: 1 | 2;
  /** One line that never breaks (a date). */
  nowrap?: boolean;
  title?: string;
}

export function PlainText({ children, size = 'small', secondary, bold, error, role, as: Tag = 'span', lines, nowrap, title }: TextProps) {
  const cut = lines === 1 ? 'sa-truncate' : lines === 2 && 'sa-clamp';
  return (
    <Tag
      role={role}
      title={title}
      className={classes(
        'sa-text',
        size !== 'small' && `sa-${size}`,
        secondary && 'sa-secondary',
        bold && 'sa-bold',
        error && 'sa-error',
        cut,
        nowrap && 'sa-nowrap',
      )}
    >
      {children}
    </Tag>
  );
}

export type PlainBadgeSkin = 'warningLight' | 'neutralSuccess' | 'danger' | 'neutralLight' | 'neutralStandard';

export function PlainBadge({ children, skin, size = 'small' }: { children: ReactNode; skin: PlainBadgeSkin; size?: 'small' | 'tiny' }) {
  return <span className={classes('sa-badge', `sa-${skin}`, size === 'tiny' && 'sa-tiny')}>{children}</span>;
}

interface ButtonProps {
  children: ReactNode;
  onClick: () => void;
  priority?: 'primary' | 'secondary';
  'aria-label'?: string;
  disabled?: boolean;
}

export function PlainButton({ children, onClick, priority = 'primary', disabled, ...aria }: ButtonProps) {
  return (
    <button
      type="button"
      className={classes('sa-button', `sa-${priority}`)}
      onClick={onClick}
      disabled={disabled}
      aria-label={aria['aria-label']}
    >
      {children}
    </button>
  );
}

export function PlainTextButton({ children, onClick, ...aria }: { children: ReactNode; onClick: () => void; 'aria-label'?: string }) {
  return (
    <button type="button" className="sa-text-button" onClick={onClick} aria-label={aria['aria-label']}>
      {children}
    </button>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: () => void;
}

/** A native checkbox (labelled for screen readers); `indeterminate` exists only as a DOM property. */
export function PlainCheckbox({ label, checked, indeterminate = false, onChange }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" className="sa-checkbox" aria-label={label} checked={checked} onChange={onChange} />;
}

/** Stacks its children like a vertical WDS Box with a 2px gap. */
export function Stack({ children }: { children: ReactNode }) {
  return <div className="sa-stack">{children}</div>;
}

/** Lays its children in a wrapping row, like a WDS Box with gap SP1. */
export function Line({ children }: { children: ReactNode }) {
  return <div className="sa-line">{children}</div>;
}
