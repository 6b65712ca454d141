// The browser tests drive Debian's Chromium (never a downloaded browser). On a fresh Debian machine this installs it
// when it can (as root, with apt-get); otherwise it stops at once with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../support/chromium.ts';

if (!existsSync(CHROMIUM_PATH)) {
	const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
	if (!canInstall) {
		console.error(`Chromium is missing at ${CHROMIUM_PATH}. Install Debian's Chromium first:\n\n  sudo apt-get install chromium\n`);
		process.exit(1);
	}
	console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium) …");
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (!existsSync(CHROMIUM_PATH)) {
		console.error(`apt-get finished but there is still no Chromium at ${CHROMIUM_PATH}.`);
		process.exit(1);
	}
}
