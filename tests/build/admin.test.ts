/** The editing app in the built site: its own CSP, its configuration, and nothing fetched from elsewhere. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { createCmsConfig } from '../../src/cms/config.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';

const ADMIN_PAGE = `dist${urls.admin}index.html`;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const csp = (file: string) =>
	parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.startsWith(`${name} `)) ?? '';

it('/admin/ allows inline styles and the git host; no public page does', () => {
	const admin = csp(ADMIN_PAGE);
	expect(directive(admin, 'style-src')).toContain("'unsafe-inline'");
	expect(directive(admin, 'style-src')).not.toContain('sha256-'); // a hash would make browsers ignore 'unsafe-inline'
	expect(directive(admin, 'connect-src')).toBe("connect-src 'self' blob: data: https://api.github.com");
	expect(directive(admin, 'img-src')).toBe("img-src 'self' data: blob:"); // no avatar host
	expect(directive(admin, 'font-src')).toBe("font-src 'self'");
	expect(readFileSync(ADMIN_PAGE, 'utf8')).toContain('<meta name="robots" content="noindex">');
	const pages = htmlFiles('dist').filter((file) => file !== ADMIN_PAGE);
	expect(pages.length).toBeGreaterThan(100);
	for (const page of pages) {
		const policy = csp(page);
		expect(policy, page).toContain("default-src 'self'");
		expect(policy, page).not.toContain('unsafe-inline');
		expect(directive(policy, 'connect-src'), page).toBe('');
	}
});

it('/admin/config.json is the configuration made from the schema and settings', () => {
	expect(JSON.parse(readFileSync(`dist${urls.adminConfig}`, 'utf8'))).toEqual(JSON.parse(JSON.stringify(createCmsConfig(siteConfig))));
});

it("the app's code names no CDN to fetch fonts from", () => {
	const script = parse(readFileSync(ADMIN_PAGE, 'utf8')).querySelector('script[type="module"]')!.getAttribute('src')!;
	const code = readFileSync(join('dist', script), 'utf8');
	expect(code).toContain('init');
	expect(code).not.toContain('cdn.jsdelivr.net');
	expect(code).not.toContain('githubstatus.com/api');
	expect(code).not.toContain('hostedstatus.com');
});
