/** How far the review is, as an accessible progress bar (WDS's puts its label on an inner element). */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      style={{ height: 8, borderRadius: 4, background: '#dfe5eb', overflow: 'hidden' }}
    >
      <div style={{ width: `${percent}%`, height: '100%', background: '#25a55a', transition: 'width .2s' }} />
    </div>
  );
}
