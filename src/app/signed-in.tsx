import { Text } from '@wix/design-system';
import { signedInLabel, useMe } from '../page/identity';

/** A discreet "Signed in as Maya Levin · Owner" in the page header. */
export function SignedIn() {
  const me = useMe();
  if (!me) return null;
  return <Text size="small" secondary>{`Signed in as ${signedInLabel(me)}`}</Text>;
}
