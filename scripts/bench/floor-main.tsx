import { render } from 'react-dom';
import { BarePage } from './bare-page';
import { readAll } from './floor-reads';
import { markReady } from './mark-ready';

/**
 * The floor of the app's opening: the bare page (provider, Page, one Card) that also sends the app's
 * three opening requests — the contributors through a Wix SDK client with no API module (its
 * `fetchWithAuth` only), and the two web methods (who is signed in with the app's records; the roles
 * catalogue) by plain fetch — and takes the answers as JSON: no data layer, no parsing, no review
 * interface. No page that shows the checklist from those answers can cost less.
 */
markReady(
  readAll(),
  (drawn) => render(<BarePage cardTitle="Floor page drawn" />, document.getElementById('root'), drawn),
  'Floor page ready',
);
