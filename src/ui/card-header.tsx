import { Card } from '@wix/design-system';
import { memo } from 'react';

/**
 * Card.Header, drawn again only when its title or subtitle change. Every WDS heading and text
 * measures itself whenever it is drawn (a forced layout), and the review's cards are drawn again
 * on every decision.
 */
export const CardHeader = memo(Card.Header);
