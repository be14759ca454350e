import { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * The axe-core rules Lighthouse's accessibility category adds to the WCAG A/AA ones (its own
 * gatherer, `lighthouse/core/gather/gatherers/accessibility.js`, enables them the same way). With
 * them, "no violations" here is what Lighthouse scores as accessibility 1.0, without a Lighthouse
 * run per page; `npm run bench:portal` still runs Lighthouse itself on the public pages.
 */
export const LIGHTHOUSE_EXTRA_RULES = [
  'accesskeys',
  'aria-allowed-role',
  'aria-conditional-attr',
  'aria-deprecated-role',
  'aria-dialog-name',
  'aria-prohibited-attr',
  'aria-treeitem-name',
  'aria-text',
  'empty-heading',
  'heading-order',
  'html-xml-lang-mismatch',
  'identical-links-same-purpose',
  'image-redundant-alt',
  'input-button-name',
  'label-content-name-mismatch',
  'landmark-one-main',
  'link-in-text-block',
  'meta-viewport',
  'select-name',
  'skip-link',
  'tabindex',
  'table-duplicate-name',
  'table-fake-caption',
  'target-size',
  'td-has-header',
];

/** WCAG 2.1 A/AA problems (and Lighthouse's extra checks) axe-core finds on the current page, as readable lines. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than as a <script> tag: the portal's CSP rightly
  // refuses inline scripts, and the test tool must not need a hole in it.
  // Once per document: a page the router opened still has the axe of the last check.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations: AxeViolation[] = await page.evaluate(async (extra) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
      resultTypes: ['violations'],
    });
    return result.violations;
  }, LIGHTHOUSE_EXTRA_RULES);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
