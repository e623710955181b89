import { render } from 'react-dom';
import { BarePage } from './bare-page';
import { startReads } from './start-reads';

/**
 * The bare page (provider, Page, one Card) that also makes the review's opening reads through the
 * app's data layer (SDK client, web methods, parsing), started first and drawn in the next task as
 * the app does, with no review interface at all: what the data layer costs over the floor page.
 */
let read = false;
let drawn = false;
const ready = () => {
  if (read && drawn) document.body.append('Bare page and reads ready');
};
startReads(() => {
  read = true;
  ready();
});
setTimeout(() => {
  render(<BarePage cardTitle="Bare page drawn" />, document.getElementById('root'), () => {
    drawn = true;
    ready();
  });
}, 0);
