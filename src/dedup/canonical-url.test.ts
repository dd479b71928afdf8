import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, urlDomain } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('folds scheme, host case, www, default ports, fragments and trailing slashes', () => {
    const variants = [
      'https://www.example.org/world/story-1',
      'http://example.org/world/story-1/',
      'HTTPS://Example.ORG:443/world/story-1#comments',
      'http://WWW.example.org:80/world//story-1?utm_source=twitter&utm_medium=social',
      'https://example.org/world/story-1?fbclid=abc123&gclid=x',
    ];
    const keys = new Set(variants.map(canonicalUrl));
    expect([...keys]).toEqual(['https://example.org/world/story-1']);
  });

  it('keeps parameters that select content, sorted, and drops only tracking ones', () => {
    expect(canonicalUrl('https://example.org/a?b=2&a=1&utm_campaign=x')).toBe('https://example.org/a?a=1&b=2');
    expect(canonicalUrl('https://example.org/news?id=41')).not.toBe(canonicalUrl('https://example.org/news?id=42'));
  });

  it('keeps non-default ports, path case and distinct paths apart', () => {
    expect(canonicalUrl('http://example.org:8080/x')).toBe('https://example.org:8080/x');
    expect(canonicalUrl('https://example.org/World')).not.toBe(canonicalUrl('https://example.org/world'));
    expect(canonicalUrl('https://example.org/')).toBe('https://example.org');
  });

  it('gives null for what is not an absolute http(s) URL', () => {
    for (const bad of ['', 'example.org/x', 'file:///etc/passwd', 'ftp://example.org/a', 'not a url', null, undefined]) {
      expect(canonicalUrl(bad)).toBeNull();
    }
  });

  it('recognises tracking parameters by name and prefix', () => {
    expect(isTrackingParam('UTM_Source')).toBe(true);
    expect(isTrackingParam('mc_eid')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });

  it('names the outlet domain', () => {
    expect(urlDomain('https://www.News.example.co.uk/a/b?c=1')).toBe('news.example.co.uk');
    expect(urlDomain('/relative')).toBeNull();
  });
});
