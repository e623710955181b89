import { render } from 'react-dom';
import { BarePage } from './bare-page';
import { startReads } from './start-reads';

/**
 * The benchmark's second floor: the bare page (provider, Page, one Card) that also makes the
 * review's five opening reads, started first and drawn in the next task as the app does, with no
 * review interface at all. A page that shows the checklist does all of this and more.
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
