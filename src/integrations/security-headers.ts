/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read): the Content-Security-Policy
 * Astro puts in each page's meta tag, plus what only a header can say (`frame-ancestors`: no site may
 * frame these pages, except the embeds made for it), and Referrer-Policy, X-Content-Type-Options and Permissions-Policy. The meta
 * tags stay for hosts that send no headers.
 *
 * The policy is read from the built pages, so header and meta cannot differ. The editing app has a
 * policy of its own; since Cloudflare joins the values of rules that match one path (a second
 * policy would then be enforced beside the app's), the public policy is given per top-level folder
 * of the site, never to /admin/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
};

/** Folders whose pages have a policy of their own. */
const OWN_POLICY = ['admin'];

/** Folders of pages made for other sites' frames (views/embed.ts): any site may frame them. */
export const EMBEDDABLE = ['inbaddning'];

/** The policy of a built page's meta tag, with `frame-ancestors`, which a meta tag cannot set. */
export function pagePolicy(html: string, file: string, frameAncestors = "'none'"): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag to put in _headers`);
	const policy = meta[1]!
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.trim()
		.replace(/;\s*$/, '');
	return `${policy}; frame-ancestors ${frameAncestors}`;
}

/** The _headers file for a built site: the common headers for all, and each folder's policy. */
export function headersFile(site: string): string {
	const home = readFileSync(join(site, 'index.html'), 'utf8');
	const publicPolicy = pagePolicy(home, 'index.html');
	// Embeds are public pages too, built with the same policy: only the frame rule differs.
	const embedPolicy = pagePolicy(home, 'index.html', '*');
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const entries = readdirSync(site, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
	const blocks = [block('/*', { ...COMMON_HEADERS })];
	blocks.push(block('/', { 'Content-Security-Policy': publicPolicy }));
	for (const entry of entries) {
		// Compressed copies (precompress.ts) are served for their file, under its headers.
		if (entry.name === '_headers' || entry.name === 'index.html' || /\.(gz|br)$/.test(entry.name)) continue;
		if (entry.isDirectory()) {
			const own = OWN_POLICY.includes(entry.name);
			const policy = own
				? pagePolicy(readFileSync(join(site, entry.name, 'index.html'), 'utf8'), `${entry.name}/index.html`)
				: EMBEDDABLE.includes(entry.name)
					? embedPolicy
					: publicPolicy;
			blocks.push(block(`/${entry.name}/*`, { 'Content-Security-Policy': policy }));
		} else {
			blocks.push(block(`/${entry.name}`, { 'Content-Security-Policy': publicPolicy }));
		}
	}
	return `# Written by the build (src/integrations/security-headers.ts): the pages' own policies, with frame-ancestors.\n${blocks.join('\n\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const site = fileURLToPath(dir);
				writeFileSync(join(site, '_headers'), headersFile(site));
			},
		},
	};
}
