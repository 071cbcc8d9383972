import { describe, expect, it } from 'vitest';
import { MAIN_SLOT, parseSaved, WorkStore, type KeyValue } from './store';
import { emptyWork, type Work } from './work';

/** localStorage as a Map, with a quota in characters. */
function memory(quota = Infinity): KeyValue & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => {
			if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
			map.set(key, value);
		},
		removeItem: (key) => void map.delete(key),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
}

const work = (text: string): Work => ({ ...emptyWork(), form: { ...emptyWork().form, text } });

describe('WorkStore', () => {
	it('gives back after a reload what was saved', () => {
		const storage = memory();
		new WorkStore({ storage, tab: 'a' }).save(work('first'));
		const reloaded = new WorkStore({ storage, tab: 'b' });
		expect(reloaded.load()?.work.form.text).toBe('first');
		expect(reloaded.known).toBe(1);
	});

	it('raises the revision with each save', () => {
		const storage = memory();
		const store = new WorkStore({ storage, tab: 'a' });
		store.save(work('1'));
		store.save(work('2'));
		expect(store.read()?.revision).toBe(2);
	});

	it('refuses to save over another tab’s newer work, and hands it over', () => {
		const storage = memory();
		const a = new WorkStore({ storage, tab: 'a' });
		const b = new WorkStore({ storage, tab: 'b' });
		a.load();
		b.load();
		expect(a.save(work('from a')).ok).toBe(true);
		const result = b.save(work('from b'));
		expect(result).toEqual({ ok: false, conflict: expect.objectContaining({ tab: 'a' }) });
		expect(a.read()?.work.form.text).toBe('from a');
	});

	it('tells a tab of newer work in its slot only', () => {
		const storage = memory();
		const a = new WorkStore({ storage, tab: 'a' });
		const b = new WorkStore({ storage, tab: 'b' });
		a.save(work('x'));
		const value = storage.getItem(MAIN_SLOT);
		expect(b.isNewer(MAIN_SLOT, value)?.work.form.text).toBe('x');
		expect(a.isNewer(MAIN_SLOT, value)).toBeNull();
		expect(b.isNewer('other', value)).toBeNull();
		b.adopt(b.isNewer(MAIN_SLOT, value)!);
		expect(b.isNewer(MAIN_SLOT, value)).toBeNull();
		expect(b.save(work('y')).ok).toBe(true);
	});

	it('keeps a tab’s work as a copy without touching the main slot', () => {
		const storage = memory();
		const a = new WorkStore({ storage, tab: 'a' });
		const b = new WorkStore({ storage, tab: 'b' });
		a.save(work('main'));
		expect(b.keepAsCopy(work('mine'), 1_000).ok).toBe(true);
		expect(a.read()?.work.form.text).toBe('main');
		expect(a.copies().map((c) => c.saved.work.form.text)).toEqual(['mine']);
		expect(b.slot).not.toBe(MAIN_SLOT);
	});

	it('says so when the browser refuses to save', () => {
		const store = new WorkStore({ storage: memory(10), tab: 'a' });
		expect(store.save(work('too long for the quota'))).toEqual({
			ok: false,
			error: expect.stringMatching(/storage for this site is full/)
		});
	});

	it('reads a damaged or foreign slot as empty', () => {
		expect(parseSaved('{')).toBeNull();
		expect(parseSaved(JSON.stringify({ revision: 1 }))).toBeNull();
		expect(parseSaved(null)).toBeNull();
	});
});
