import { render } from 'react-dom';
import { BarePage } from './bare-page';
import { markReady } from './mark-ready';
import { startReads } from './start-reads';

/**
 * The bare page (provider, Page, one Card) that also makes the review's opening reads through the
 * app's data layer (SDK client, web methods, parsing), started first and drawn in the next task as
 * the app does, with no review interface at all: what the data layer costs over the floor page.
 */
markReady(
  new Promise<void>((read) => void startReads(read)),
  (drawn) => render(<BarePage cardTitle="Bare page drawn" />, document.getElementById('root'), drawn),
  'Bare page and reads ready',
);
