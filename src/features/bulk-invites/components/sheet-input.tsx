import { Box, Button, Card, FormField, InputArea, SectionHelper, Text } from '@wix/design-system';
import { useRef, useState } from 'react';
import { readSheetFile } from '../check-sheet';

const EXAMPLE = 'Email, Role, Notes\nuser1@company.com, Blog Writer, Content team\nuser2@company.com, Admin, Site manager';

interface Props {
  problem: string | null;
  onCheck: (text: string) => void;
  onProblem: (problem: string) => void;
}

/** The invite spreadsheet, from a CSV file or pasted rows. Nothing is sent from here. */
export function SheetInput({ problem, onCheck, onProblem }: Props) {
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const chooseFile = async (files: FileList | null) => {
    const file = files?.[0];
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const content = await readSheetFile(file);
    if (typeof content === 'string') onCheck(content);
    else onProblem(content.problem);
  };
  return (
    <Card>
      <Card.Header
        title="Invite people from a spreadsheet"
        subtitle="Wix has no bulk invite screen. Use the guide's sheet with the columns Email, Role and Notes: every row is checked before anything is sent."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          {problem && (
            <SectionHelper skin="danger" title="This list can't be used">
              <Text size="small" role="alert">
                {problem}
              </Text>
            </SectionHelper>
          )}
          <Box gap="SP3" verticalAlign="middle">
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-label="CSV file"
              tabIndex={-1}
              style={{ display: 'none' }}
              onChange={(e) => chooseFile(e.target.files)}
            />
            <Button onClick={() => fileInput.current?.click()}>Choose a CSV file</Button>
            <Text size="small" secondary>
              At most 1,000 people per file. The Notes are kept as each invite's reason.
            </Text>
          </Box>
          <FormField label="Or paste the rows (with the column names on the first line)" id="bulk-invite-paste">
            <InputArea id="bulk-invite-paste" rows={6} value={text} placeholder={EXAMPLE} onChange={(e) => setText(e.target.value)} />
          </FormField>
          <Box>
            <Button priority="secondary" disabled={!text.trim()} onClick={() => onCheck(text)}>
              Check the list
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
