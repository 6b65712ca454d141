/**
 * Peak memory of a command and everything it starts (Astro's Node process and Pagefind's binary):
 * the sum of their resident sets, sampled from /proc while it runs.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function children(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
			readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
		);
	} catch {
		return [];
	}
}

function residentKb(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

function treeKb(pid: number): number {
	return residentKb(pid) + children(pid).reduce((sum, child) => sum + treeKb(child), 0);
}

export interface Measured {
	status: number | null;
	output: string;
	seconds: number;
	/** Peak of the summed resident memory of the process tree, in bytes. */
	peakBytes: number;
}

/** Runs a command, collecting its output, wall time and peak memory. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let peak = 0;
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setInterval(() => (peak = Math.max(peak, treeKb(child.pid!))), 250);
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ status, output, seconds: (performance.now() - started) / 1000, peakBytes: peak * 1024 });
		});
	});
}
