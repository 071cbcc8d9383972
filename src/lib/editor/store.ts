import { isObject } from '../timeline/validate.ts';
import type { Work } from './work.ts';

/** The part of localStorage the store uses, so tests can pass a Map-backed one. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** What one slot holds: the work, and which tab saved which revision of it when. */
export interface Saved {
	revision: number;
	tab: string;
	savedAt: number;
	work: Work;
}

/** The slot a page opens with. */
export const MAIN_SLOT = 'sourceline-editor';
const COPY_PREFIX = 'sourceline-editor-copy-';

export type SaveResult =
	{ ok: true } | { ok: false; conflict: Saved } | { ok: false; error: string };

/** A slot's value, or null when it is empty or not the editor's (another version's, or damaged). */
export function parseSaved(value: string | null): Saved | null {
	if (value === null) return null;
	try {
		const saved: unknown = JSON.parse(value);
		if (
			isObject(saved) &&
			typeof saved.revision === 'number' &&
			typeof saved.tab === 'string' &&
			typeof saved.savedAt === 'number' &&
			isObject(saved.work) &&
			isObject(saved.work.form) &&
			Array.isArray(saved.work.events)
		)
			return saved as unknown as Saved;
	} catch {
		// A damaged slot reads as empty; the next save replaces it.
	}
	return null;
}

/**
 * Saves one tab's work in the browser. Each save raises the slot's revision; a tab saves
 * only over the revision it last read or wrote, so two tabs never silently overwrite each
 * other: the second is told (`conflict`) and chooses.
 */
export class WorkStore {
	readonly #storage: KeyValue;
	readonly tab: string;
	slot: string;
	/** The revision this tab last read or wrote in its slot (0: none yet). */
	known = 0;

	constructor({
		storage,
		tab,
		slot = MAIN_SLOT
	}: {
		storage: KeyValue;
		tab: string;
		slot?: string;
	}) {
		this.#storage = storage;
		this.tab = tab;
		this.slot = slot;
	}

	read(slot = this.slot): Saved | null {
		try {
			return parseSaved(this.#storage.getItem(slot));
		} catch {
			return null;
		}
	}

	/** Reads the slot's work and takes its revision as the one this tab builds on. */
	load(): Saved | null {
		const saved = this.read();
		this.known = saved?.revision ?? 0;
		return saved;
	}

	/** Takes a revision another tab saved as the one this tab now builds on. */
	adopt(saved: Saved): void {
		this.known = saved.revision;
	}

	/** Whether a change seen in storage is another tab's newer work in this tab's slot. */
	isNewer(slot: string | null, value: string | null): Saved | null {
		if (slot !== this.slot) return null;
		const saved = parseSaved(value);
		return saved && saved.tab !== this.tab && saved.revision > this.known ? saved : null;
	}

	save(work: Work, now = Date.now()): SaveResult {
		const stored = this.read();
		if (stored && stored.revision > this.known && stored.tab !== this.tab)
			return { ok: false, conflict: stored };
		const revision = Math.max(this.known, stored?.revision ?? 0) + 1;
		const saved: Saved = { revision, tab: this.tab, savedAt: now, work };
		try {
			this.#storage.setItem(this.slot, JSON.stringify(saved));
		} catch (error) {
			return {
				ok: false,
				error: `the browser refused to save it (${(error as Error).name === 'QuotaExceededError' ? 'its storage for this site is full' : (error as Error).message})`
			};
		}
		this.known = revision;
		return { ok: true };
	}

	/** Moves this tab to a slot of its own and saves its work there. */
	keepAsCopy(work: Work, now = Date.now()): SaveResult {
		this.slot = `${COPY_PREFIX}${now.toString(36)}-${this.tab}`;
		this.known = 0;
		return this.save(work, now);
	}

	/** Moves this tab to another slot (a copy, or back to the main one) and reads it. */
	open(slot: string): Saved | null {
		this.slot = slot;
		return this.load();
	}

	/** Every copy kept by "Keep mine as a copy", newest first. */
	copies(): { slot: string; saved: Saved }[] {
		const found: { slot: string; saved: Saved }[] = [];
		for (let i = 0; i < this.#storage.length; i++) {
			const slot = this.#storage.key(i);
			if (!slot?.startsWith(COPY_PREFIX)) continue;
			const saved = this.read(slot);
			if (saved) found.push({ slot, saved });
		}
		return found.sort((a, b) => b.saved.savedAt - a.saved.savedAt);
	}

	remove(slot: string): void {
		this.#storage.removeItem(slot);
	}
}
