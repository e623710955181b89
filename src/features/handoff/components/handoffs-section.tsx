import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { useServices } from '../../../page/services';
import { useNavigation } from '../../../page/navigation';
import { LoadError } from '../../../page/load-error';
import { handoffsQuery } from '../queries';
import { HandoffChecklist } from './handoff-checklist';
import { HandoffList } from './handoff-list';
import { NewHandoffForm } from './new-handoff-form';

/** Handoffs: one checklist per ownership transfer, saved as it goes, so it can be resumed any time. */
export function HandoffsSection() {
  const { gateway } = useServices();
  const { params, openTab } = useNavigation();
  const handoffs = useQuery(handoffsQuery(gateway));
  const [creating, setCreating] = useState(false);
  const open = (id: string | null) => openTab('team', id ? { section: 'handoffs', handoff: id } : { section: 'handoffs' });

  if (handoffs.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading your handoffs…" />
        </Box>
      </Card>
    );
  }
  if (handoffs.isError) return <LoadError error={handoffs.error} onRetry={() => handoffs.refetch()} />;
  if (!handoffs.data) return null;
  const current = handoffs.data.find((h) => h._id === params.handoff);
  if (current) return <HandoffChecklist handoff={current} onBack={() => open(null)} />;
  if (creating) {
    return (
      <NewHandoffForm
        handoffs={handoffs.data}
        onCancel={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          open(id);
        }}
      />
    );
  }
  return <HandoffList handoffs={handoffs.data} onOpen={open} onStart={() => setCreating(true)} />;
}
