// The speed budgets of issue 7, checked against one bench run. Documented in bench/README.md.
import type { LighthouseFigures } from './lighthouse.ts';
import type { BenchResults, BudgetCheck } from './results.ts';

/** Checks every budget; the figures are medians. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const { home, post, reference, offline } = results;
  const lcpRatio = home.median.lcp / reference.median.lcp;
  return [
    check('home LCP ÷ reference LCP', '≤ 1.05', lcpRatio.toFixed(2), lcpRatio <= 1.05),
    check(
      'home bytes by the load event (before the app and the precache)',
      '≤ 16 KiB',
      kib(home.median.firstLoadBytes),
      home.median.firstLoadBytes <= 16 * 1024,
    ),
    check(
      'CLS, home and post',
      '0',
      `${home.median.cls.toFixed(3)}, ${post.median.cls.toFixed(3)}`,
      home.median.cls === 0 && post.median.cls === 0,
    ),
    // The static reference, a page with no script, measured in the same run: what is left is ours.
    check(
      'TBT over the reference’s, home and post',
      '≤ 50 ms',
      `${ms(home.median.tbt - reference.median.tbt)}, ${ms(post.median.tbt - reference.median.tbt)} (reference ${ms(reference.median.tbt)})`,
      Math.max(home.median.tbt, post.median.tbt) - reference.median.tbt <= 50,
    ),
    check(
      'every post readable offline, after load',
      '≤ 500 ms',
      `${ms(offline.median.readyAfterLoadMs)} (${offline.median.readableOffline} of ${results.postCount})`,
      offline.median.readyAfterLoadMs <= 500 && offline.median.readableOffline === results.postCount,
    ),
  ];
}

/**
 * Issue 7's LCP, CLS and TBT budgets applied to one page with images (the media fixture's post)
 * against a static reference made from the same post; the figures are medians.
 */
export function checkPostBudgets(post: LighthouseFigures, reference: LighthouseFigures): BudgetCheck[] {
  const lcpRatio = post.lcp / reference.lcp;
  return [
    check('post LCP ÷ reference LCP (the same post, static)', '≤ 1.05', lcpRatio.toFixed(2), lcpRatio <= 1.05),
    check('CLS, post', '0', post.cls.toFixed(3), post.cls === 0),
    check(
      'TBT over the reference’s, post',
      '≤ 50 ms',
      `${ms(post.tbt - reference.tbt)} (reference ${ms(reference.tbt)})`,
      post.tbt - reference.tbt <= 50,
    ),
  ];
}

function check(name: string, limit: string, actual: string, pass: boolean): BudgetCheck {
  return { name, limit, actual, pass };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
