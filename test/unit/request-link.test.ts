import { describe, expect, it } from 'vitest';
import { buildRequestLink, parseRequestLink } from '../../src/access/request-link';

describe('vendor request links', () => {
  it('reads a well-formed link', () => {
    const link = buildRequestLink('https://example.com/page', {
      email: 'Support@POWR.io',
      name: 'POWR',
      ticket: '#4711',
      reason: 'Widget not loading',
      days: 7,
    });
    expect(parseRequestLink(new URL(link).search)).toEqual({
      email: 'support@powr.io',
      name: 'POWR',
      ticket: '#4711',
      reason: 'Widget not loading',
      days: 7,
      problems: [],
    });
  });

  it('is null without request parameters', () => {
    expect(parseRequestLink('?foo=bar')).toBeNull();
  });

  it('drops markup, malformed and oversized values with a message each', () => {
    const request = parseRequestLink(
      `?sa_email=not-an-email&sa_name=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sa_ticket=${'9'.repeat(60)}&sa_days=365&sa_reason=${encodeURIComponent('<script>x</script>')}`,
    );
    expect(Object.keys(request ?? {})).toEqual(['problems']);
    expect(request?.problems).toEqual([
      expect.stringContaining('vendor email was ignored'),
      expect.stringContaining('vendor name was ignored: Leave out < and >'),
      expect.stringContaining('ticket was ignored'),
      expect.stringContaining('reason was ignored'),
      expect.stringContaining('duration was ignored: Duration can be 90 days at most'),
      expect.stringContaining('no valid vendor email'),
    ]);
  });

  it('rejects non-numeric and fractional durations', () => {
    expect(parseRequestLink('?sa_email=a@b.co&sa_days=abc')?.problems[0]).toMatch(/duration was ignored/);
    expect(parseRequestLink('?sa_email=a@b.co&sa_days=1.5')?.problems[0]).toMatch(/whole number/);
  });

  it('ignores a link that is far too long', () => {
    const request = parseRequestLink(`?sa_email=a@b.co&sa_reason=${'x'.repeat(3000)}`);
    expect(request).toEqual({ problems: [expect.stringContaining('too long')] });
  });
});
