import { useEffect, useState } from 'react';
import type { EmulatorControl } from './emulator-control';

/**
 * Local mode's "Signed in as" switch: who uses the dashboard (the owner, a co-owner, the POWR support
 * account, a blog writer…). Switching signs them in at the emulator and reloads the page with their token.
 */
export function SignedInSwitch({
  control,
  onSwitched = () => window.location.reload(),
}: {
  control: EmulatorControl;
  onSwitched?: () => void;
}) {
  const [people, setPeople] = useState<{ accountId: string; fullName: string; email: string }[]>([]);
  const [current, setCurrent] = useState('');
  useEffect(() => {
    void Promise.all([control.site(), control.session()]).then(([site, session]) => {
      setPeople(site.contributors);
      setCurrent(session.accountId);
    });
  }, [control]);
  if (people.length === 0) return null;
  return (
    <label
      style={{
        color: '#fff',
        fontSize: 13,
        fontFamily: 'Helvetica Neue, Helvetica, Arial, sans-serif',
        marginLeft: 'auto',
        display: 'flex',
        gap: 8,
        alignItems: 'center',
      }}
    >
      Signed in as
      <select value={current} onChange={(e) => void control.signIn(e.target.value).then(onSwitched)} style={{ height: 28 }}>
        {people.map((p) => (
          <option key={p.accountId} value={p.accountId}>{`${p.fullName} · ${p.email}`}</option>
        ))}
      </select>
    </label>
  );
}
