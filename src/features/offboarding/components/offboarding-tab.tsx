import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { useServices } from '../../../page/services';
import { useNavigation } from '../../../page/navigation';
import { peopleQuery } from '../../../page/site-queries';
import { LoadError } from '../../../page/load-error';
import { offboardingsQuery } from '../queries';
import { ChoosePerson } from './choose-person';
import { OffboardingWizard } from './offboarding-wizard';
import { OffboardingsList } from './offboardings-list';

/** The offboarding job: offboardings in progress, and the wizard (choose, plan, remove, secure, verify, document). */
export function OffboardingTab() {
  const { gateway } = useServices();
  const { params } = useNavigation();
  const people = useQuery(peopleQuery(gateway));
  const offboardings = useQuery(offboardingsQuery(gateway));
  const [openId, setOpenId] = useState<string | null>(null);

  if (people.isLoading || offboardings.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading offboardings…" />
        </Box>
      </Card>
    );
  }
  const failed = [people, offboardings].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!people.data || !offboardings.data) return null;

  const records = offboardings.data.filter((record) => record.status !== 'cancelled');
  const open = records.find((record) => record._id === openId) ?? null;
  if (open) return <OffboardingWizard key={open._id} record={open} onClose={() => setOpenId(null)} />;
  return (
    <>
      <OffboardingsList records={records} onOpen={setOpenId} />
      <ChoosePerson
        people={people.data.people}
        roles={people.data.roles}
        records={records}
        handoverAccountId={params.accountId}
        onOpen={setOpenId}
      />
    </>
  );
}
