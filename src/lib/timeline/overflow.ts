import type { DatedEvent } from './order.ts';
import type { Spill } from './spill.ts';
import type { TimeIndex } from './time-index.ts';

/** Events beyond the last lane, gathered where they fall. */
export interface Overflow {
	x1: number;
	x2: number;
	/** How many events the group holds. */
	count: number;
	/** Their ids in time order, the first OVERFLOW_IDS of them: a longer group is zoomed into. */
	ids: string[];
	start: Date;
	end: Date;
	/** Left edge and width of its "+N" button, in pixels: no two buttons overlap. */
	chipX: number;
	chipWidth: number;
}

/** Most ids an overflow group lists; a larger group opens by zooming in. */
export const OVERFLOW_IDS = 20;
/** Widest an overflow group grows, in pixels, so a dense stretch splits into several. */
export const OVERFLOW_WIDTH = 96;
/** Room between two "+N" buttons, in pixels. */
export const CHIP_GAP = 4;
/** Marks closer than this, in pixels, join one group. */
const JOIN = 24;

/** A group while it is gathered: its extent in time as milliseconds. */
type Open = Omit<Overflow, 'start' | 'end'> & { from: number; to: number };

/** Sort buffers reused between frames, as the spill is. */
let columnHead = new Int32Array(4096);
let spillNext = new Int32Array(1024);

/**
 * Groups the spilled events whose marks lie within JOIN px of each other, up to
 * OVERFLOW_WIDTH wide. A counting sort by pixel column puts them in x order in linear
 * time.
 */
export function gatherOverflow({
	events,
	index,
	spill,
	low,
	high,
	range
}: {
	events: readonly DatedEvent[];
	index: TimeIndex;
	spill: Spill;
	/** The pixel range marks are clamped to. */
	low: number;
	high: number;
	/** The visible range, which the buttons stay inside. */
	range: [number, number];
}): Overflow[] {
	const { count } = spill;
	if (count === 0) return [];
	const columns = Math.max(1, Math.ceil(high - low) + 1);
	if (columnHead.length < columns) columnHead = new Int32Array(columns * 2);
	if (spillNext.length < count) spillNext = new Int32Array(spill.index.length);
	const head = columnHead.fill(-1, 0, columns);
	const next = spillNext;
	const spillX = spill.x;
	for (let k = count - 1; k >= 0; k--) {
		const column = Math.floor(spillX[2 * k]! - low);
		next[k] = head[column]!;
		head[column] = k;
	}
	const groups: Open[] = [];
	let last: Open | null = null;
	for (let column = 0; column < columns; column++)
		for (let k = head[column]!; k !== -1; k = next[k]!) {
			const i = spill.index[k]!;
			const a = spillX[2 * k]!;
			const b = spillX[2 * k + 1]!;
			const s = index.start[i]!;
			const e = index.end[i]!;
			const from = s === s ? s : e;
			const to = e === e ? e : from;
			if (last && a <= last.x2 + JOIN && a <= last.x1 + OVERFLOW_WIDTH) {
				last.x2 = Math.max(last.x2, b);
				last.count++;
				if (last.ids.length < OVERFLOW_IDS) last.ids.push(events[i]!.id);
				last.from = Math.min(last.from, from);
				last.to = Math.max(last.to, to);
			} else {
				last = { x1: a, x2: b, count: 1, ids: [events[i]!.id], from, to, chipX: 0, chipWidth: 0 };
				groups.push(last);
			}
		}
	return placeChips(groups, range).map(({ from, to, ...group }) => ({
		...group,
		start: new Date(from),
		end: new Date(to)
	}));
}

/** Width of the "+N" button of a group of `count`, in pixels: 0.8rem digits and padding. */
export const chipWidth = (count: number) => 24 + 8 * String(count).length;

/**
 * Places each group's "+N" button at its first mark, within the view, left to right and
 * CHIP_GAP apart; a group whose button finds no room before the right edge (or is past
 * it) joins the group before, so no two buttons overlap however narrow the view.
 */
function placeChips(groups: Open[], [left, right]: [number, number]): Open[] {
	const placed: Open[] = [];
	for (const group of groups) {
		if (group.x2 < left || group.x1 > right) continue;
		let chip = { ...group, chipX: 0, chipWidth: chipWidth(group.count) };
		for (;;) {
			const previous = placed.at(-1);
			const earliest = previous ? previous.chipX + previous.chipWidth + CHIP_GAP : left;
			chip.chipX = Math.max(earliest, Math.min(chip.x1, right - chip.chipWidth));
			if (!previous || chip.chipX + chip.chipWidth <= right) break;
			placed.pop();
			chip = joined(previous, chip);
		}
		placed.push(chip);
	}
	return placed;
}

/** Two neighbouring groups as one. */
function joined(a: Open, b: Open): Open {
	const count = a.count + b.count;
	return {
		...a,
		x2: Math.max(a.x2, b.x2),
		count,
		ids: [...a.ids, ...b.ids].slice(0, OVERFLOW_IDS),
		from: Math.min(a.from, b.from),
		to: Math.max(a.to, b.to),
		chipWidth: chipWidth(count)
	};
}
