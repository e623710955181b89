import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing reaching out to the network (Playwright gives it a fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Elements that stick out of the WDS Card they are in (more than `slack` px on any side), one line
 * each: `<card title> › <tag.class "text">: right +37px`. Invisible and zero-sized elements are ignored.
 */
export async function cardOverflows(page: Page, slack = 1): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found: string[] = [];
    const cards = Array.from(document.querySelectorAll<HTMLElement>('[class*="_Card__card"]'));
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const title = (card.querySelector('h2, h3, [data-hook="header-title"]')?.textContent ?? card.textContent ?? '').trim().slice(0, 40);
      const width = document.documentElement.clientWidth;
      if (box.right > width + allowed) found.push(`${title}: the card itself ends ${Math.round(box.right - width)}px past the window`);
      for (const el of Array.from(card.querySelectorAll<HTMLElement>('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const sides = [
          ['left', box.left - r.left],
          ['right', r.right - box.right],
          ['top', box.top - r.top],
          ['bottom', r.bottom - box.bottom],
        ] as const;
        const out = sides.filter(([, by]) => by > allowed).map(([side, by]) => `${side} +${Math.round(by)}px`);
        if (out.length === 0) continue;
        const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0] ?? ''}`;
        found.push(`${title} › ${name} "${(el.textContent ?? '').trim().slice(0, 30)}": ${out.join(', ')}`);
      }
    }
    return found;
  }, slack);
}
