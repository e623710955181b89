import { startReads } from './start-reads';

/**
 * The benchmark's first floor: the review's five opening reads through the Wix SDK, parsed as the
 * app parses them, and no interface at all. No page that shows the checklist can be ready sooner.
 */
startReads(() => document.body.append('Reads ready'));
