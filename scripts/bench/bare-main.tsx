import { render } from 'react-dom';
import { BarePage } from './bare-page';

/** The benchmark's baseline: the WDS provider, a Page and one Card, built exactly like the app. */
render(<BarePage cardTitle="Bare page ready" />, document.getElementById('root'));
