import { Box, Button, Card, Page, SectionHelper, Table, Tabs, Text, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { render } from 'react-dom';
import { readAll } from './floor-reads';
import { markReady } from './mark-ready';
import { PlainBadge, PlainButton, PlainCheckbox, PlainText, Stack, type PlainBadgeSkin } from '../../src/ui/plain';

/**
 * The floor of the opening screen with the Wix look: the floor page's three requests (answers taken as
 * JSON, `floor-reads.ts`) and, drawn in the next task like the app, the WDS components the review opens
 * with — Page with its header, actions and tabs, the overdue SectionHelper, three Cards with headers, the
 * checklist's Table with `?rows=` rows (the demo site's seven, repeated) of the app's plain cells, the
 * Buttons — with fixed text. No parsing, no react-query, no app logic: what any page that shows this
 * screen after these requests costs at least.
 */
const TABS = ['Access review', 'Support access', 'Requests', 'Offboarding', 'Handoff & team', 'Access log'].map((title, id) => ({
  id,
  title,
}));
const FINDINGS: [PlainBadgeSkin, string, string, string][] = [
  ['danger', 'Urgent', 'Vendor access past its due date', 'POWR Support (support@powr.io) still has support access, 156 days past due.'],
  ['warningLight', 'Check', '1 expired invite', 'jordan.lens@gmail.com: Wix invites expire after 30 days. Resend them or cancel them.'],
  [
    'warningLight',
    'Check',
    '1 invite pending for over 14 days',
    'alex@ledgerlane.co has not accepted yet. Resend, or cancel if no longer needed.',
  ],
  [
    'warningLight',
    'Check',
    '4 people with access and no recorded reason',
    'Daniel Cohen, Lena Park, Sam Ortiz, POWR Support: nothing says why they have access.',
  ],
  ['neutralLight', 'Info', 'Seats in use', '4 contributors besides the owner and 1 pending invite.'],
];
interface Row {
  name: string;
  email: string;
  flag: string;
  role: string;
  status: string;
  since: string;
  reason: string;
}
const DEMO_ROWS: Row[] = [
  {
    name: 'POWR Support',
    email: 'support@powr.io',
    flag: 'Vendor past due',
    role: 'Role not named by Wix',
    status: 'Has access',
    since: 'Joined Jun 22, 2026',
    reason: 'None recorded',
  },
  {
    name: 'jordan.lens@gmail.com',
    email: 'Invite sent 41 days ago · expired',
    flag: 'Expired invite',
    role: 'Website Designer',
    status: 'Expired',
    since: 'Sent Oct 22, 2026',
    reason: 'Product photos for the spring collection',
  },
  {
    name: 'alex@ledgerlane.co',
    email: 'Invite sent 27 days ago · expires in 3 days',
    flag: 'Stale invite',
    role: 'Billing Manager',
    status: 'Pending',
    since: 'Sent Nov 5, 2026',
    reason: 'Bookkeeper for the year-end accounts',
  },
  {
    name: 'Daniel Cohen',
    email: 'daniel@bloomandbranch.com',
    flag: 'No reason',
    role: 'Role not named by Wix',
    status: 'Has access',
    since: 'Joined Apr 1, 2025',
    reason: 'None recorded',
  },
  {
    name: 'Lena Park',
    email: 'lena@parkstudio.design',
    flag: 'No reason',
    role: 'Role not named by Wix',
    status: 'Has access',
    since: 'Joined Apr 6, 2026',
    reason: 'None recorded',
  },
  {
    name: 'Sam Ortiz',
    email: 'sam.ortiz.writes@gmail.com',
    flag: 'No reason',
    role: 'Role not named by Wix',
    status: 'Has access',
    since: 'Joined Aug 29, 2026',
    reason: 'None recorded',
  },
  {
    name: 'Maya Levin',
    email: 'maya@bloomandbranch.com',
    flag: '',
    role: 'Owner',
    status: 'Site owner',
    since: 'Joined Jun 15, 2024',
    reason: 'None recorded',
  },
];
const rowCount = Number(new URLSearchParams(window.location.search).get('rows') ?? DEMO_ROWS.length);
const ROWS = Array.from({ length: rowCount }, (_, i) => ({
  ...DEMO_ROWS[i % DEMO_ROWS.length]!,
  name: `${DEMO_ROWS[i % DEMO_ROWS.length]!.name}${i >= DEMO_ROWS.length ? ` ${i}` : ''}`,
}));
const noop = () => {};
const title = (text: string) => <PlainText>{text}</PlainText>;
const COLUMNS = [
  {
    title: <PlainCheckbox label="Select every open row on this page" checked={false} onChange={noop} />,
    width: '40px',
    render: (r: Row) => <PlainCheckbox label={`Select ${r.name}`} checked={false} onChange={noop} />,
  },
  {
    title: title('Person or invite'),
    width: '21%',
    render: (r: Row) => (
      <Stack>
        <PlainText bold>{r.name}</PlainText>
        <PlainText secondary>{r.email}</PlainText>
        {r.flag && (
          <PlainBadge skin="warningLight" size="tiny">
            {r.flag}
          </PlainBadge>
        )}
      </Stack>
    ),
  },
  { title: title('Role'), width: '11%', render: (r: Row) => <PlainText>{r.role}</PlainText> },
  {
    title: title('Status'),
    width: '128px',
    render: (r: Row) => (
      <Stack>
        <PlainBadge skin="neutralSuccess" size="tiny">
          {r.status}
        </PlainBadge>
        <PlainText size="tiny" secondary>
          {r.since}
        </PlainText>
      </Stack>
    ),
  },
  { title: title('Why they have access'), render: (r: Row) => <PlainText>{r.reason}</PlainText> },
  {
    title: title('Decision'),
    width: '184px',
    render: (r: Row) => (
      <Box gap="SP1">
        <PlainButton aria-label={`Keep ${r.name}`} onClick={noop}>
          Keep
        </PlainButton>
        <PlainButton priority="secondary" onClick={noop}>
          Remove
        </PlainButton>
      </Box>
    ),
  },
];

function Screen() {
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <Page height="100vh" minWidth={600}>
        <Page.Header
          title="Site Access"
          subtitle="Who can get into your site, why, and until when."
          actionsBar={
            <Box gap="SP3" verticalAlign="middle">
              <Text size="small">Signed in as Maya Levin · Owner</Text>
              <Button size="small" priority="secondary">
                Settings
              </Button>
            </Box>
          }
        />
        <Page.Tail>
          <div style={{ background: '#fff', borderRadius: 8, padding: '6px 12px 0' }}>
            <Tabs hasDivider={false} type="compactSide" size="smallMedium" activeId={0} items={TABS} />
          </div>
        </Page.Tail>
        <Page.Content>
          <Box direction="vertical" gap="SP4" paddingBottom="SP6">
            <SectionHelper skin="warning" title="Access reviews are overdue">
              <Text size="small">
                Pending invites check: never done · Full access review: never done. Finish the review in progress below.
              </Text>
            </SectionHelper>
            <Card>
              <Card.Header title="Findings" subtitle="Most urgent first. The rows they are about come first in the checklist." />
              <Card.Divider />
              <Card.Content>
                <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
                  {FINDINGS.map(([skin, label, heading, detail]) => (
                    <li key={heading} style={{ display: 'flex', gap: 12 }}>
                      <div style={{ width: 84 }}>
                        <PlainBadge skin={skin}>{label}</PlainBadge>
                      </div>
                      <Stack>
                        <PlainText bold as="strong">
                          {heading}
                        </PlainText>
                        <PlainText secondary>{detail}</PlainText>
                      </Stack>
                    </li>
                  ))}
                </ol>
              </Card.Content>
            </Card>
            <Card>
              <Card.Header
                title="Full access review in progress"
                subtitle="Started Dec 2, 2026 by Maya Levin. Saved as you go: you can leave and come back."
              />
              <Card.Divider />
              <Card.Content>
                <Box direction="vertical" gap="SP4">
                  <PlainText size="medium" bold>
                    2 of 7 reviewed
                  </PlainText>
                  <Box gap="SP3" verticalAlign="middle">
                    <Button disabled>Complete review</Button>
                    <PlainText secondary>Decide on every row of the checklist to complete the review.</PlainText>
                  </Box>
                </Box>
              </Card.Content>
            </Card>
            <Card>
              <Card.Header
                title="Access checklist"
                subtitle="5 people can get into this site. 2 invites sent from Site Access (Wix keeps no list of invites)."
              />
              <Card.Divider />
              <Table data={ROWS} columns={COLUMNS} rowVerticalPadding="small">
                <Table.Content />
              </Table>
            </Card>
          </Box>
        </Page.Content>
      </Page>
    </WixDesignSystemProvider>
  );
}

markReady(readAll(), (drawn) => render(<Screen />, document.getElementById('root'), drawn), 'WDS screen ready');
