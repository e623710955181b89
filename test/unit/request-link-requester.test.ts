import { describe, expect, it } from 'vitest';
import { buildRequestLink, linkRequester, parseRequestLink } from '../../src/access/request-link';

const PAGE = 'https://manage.wix.com/dashboard/site/app/page';

/** A request link may say who sends it (name and email): validated like every other value, shown as text. */
describe('request link requester', () => {
  it('reads the requester name and email and names them on the pass', () => {
    const link = buildRequestLink(PAGE, {
      email: 'support@powr.io',
      name: 'POWR',
      requesterName: 'Dana from POWR',
      requesterEmail: 'Dana@POWR.io',
    });
    const request = parseRequestLink(new URL(link).search);
    expect(request).toMatchObject({ requesterName: 'Dana from POWR', requesterEmail: 'dana@powr.io', problems: [] });
    expect(linkRequester(request ?? {})).toBe('Vendor request link from Dana from POWR <dana@powr.io>');
    expect(linkRequester({})).toBe('Vendor request link');
  });

  it('drops a requester with hidden characters, markup or a bad email, with a message each', () => {
    const search = `?sa_email=support%40powr.io&sa_from=${encodeURIComponent('Dana\u202E')}&sa_from_email=not-an-email`;
    const request = parseRequestLink(search);
    expect(request?.requesterName).toBeUndefined();
    expect(request?.requesterEmail).toBeUndefined();
    expect(request?.problems).toEqual([
      expect.stringMatching(/^The link's requester name was ignored: It contains hidden characters/),
      expect.stringMatching(/^The link's requester email was ignored: Enter a valid email/),
    ]);
    expect(parseRequestLink('?sa_from=%3Cb%3EDana')?.problems).toContain(
      "The link's requester name was ignored: Leave out < and > in the name.",
    );
  });
});
