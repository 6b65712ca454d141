import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { headersFile, pagePolicy } from '../../../src/integrations/security-headers.ts';

const page = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

it("adds frame-ancestors to a page's own policy", () => {
	expect(pagePolicy(page("default-src 'self';script-src 'self' 'sha256-x=';"), 'index.html')).toBe(
		"default-src 'self';script-src 'self' 'sha256-x='; frame-ancestors 'none'",
	);
	expect(pagePolicy(page('default-src &#39;self&#39;'), 'index.html')).toBe("default-src 'self'; frame-ancestors 'none'");
	expect(() => pagePolicy('<html></html>', 'om/index.html')).toThrow('om/index.html has no Content-Security-Policy meta tag');
});

it('gives every folder the public policy and the editing app its own, never both to one path', () => {
	const dir = mkdtempSync(join(tmpdir(), 'headers-'));
	writeFileSync(join(dir, 'index.html'), page("default-src 'self'"));
	writeFileSync(join(dir, '404.html'), page("default-src 'self'"));
	writeFileSync(join(dir, '404.html.gz'), ''); // a compressed copy is served under its file's headers
	for (const folder of ['projekt', 'admin']) mkdirSync(join(dir, folder));
	writeFileSync(join(dir, 'admin/index.html'), page("default-src 'self'; style-src 'unsafe-inline'"));
	expect(headersFile(dir))
		.toBe(`# Written by the build (src/integrations/security-headers.ts): the pages' own policies, with frame-ancestors.
/*
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()

/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/404.html
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/admin/*
  Content-Security-Policy: default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'

/projekt/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
`);
});

it('lets any site frame the embeds, and only them', () => {
	const dir = mkdtempSync(join(tmpdir(), 'headers-'));
	writeFileSync(join(dir, 'index.html'), page("default-src 'self'"));
	for (const folder of ['inbaddning', 'kommun']) mkdirSync(join(dir, folder));
	const headers = headersFile(dir);
	expect(headers).toContain("/inbaddning/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n");
	expect(headers).toContain("/kommun/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
	expect(headers.match(/frame-ancestors \*/g)).toHaveLength(1);
});
