/**
 * The calendar unit a date covers: EDTF YYYY-MM-DD, YYYY-MM, a season (YYYY-21 … YYYY-24),
 * YYYY, a decade (YYYX) or a century (YYXX).
 */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** What a date leaves unspecified with X inside its unit: 2025-XX, 1985-04-XX, 1985-XX-XX. */
export type Unspecified = 'month' | 'day' | 'month and day';

/** One end of a span: a calendar unit, an open end ("and on") or an unknown end. */
export type Endpoint =
	| {
			kind: 'date';
			/**
			 * First instant of the unit, UTC. An invalid Date for a year a Date cannot hold
			 * (beyond ±275,760): such a date is valid but cannot be drawn (see `isDrawable`).
			 */
			start: Date;
			/** First instant after the unit, UTC (exclusive). */
			end: Date;
			precision: Precision;
			/** The year as written (astronomical: 0 is 1 BC), also where no Date reaches it. */
			year: number;
			/** Digits written as X, inside the unit the date covers. */
			unspecified?: Unspecified;
			uncertain: boolean;
			approximate: boolean;
	  }
	| { kind: 'open' }
	| { kind: 'unknown' };

/** A parsed EDTF date: a single unit (from === to) or an interval. */
export interface Span {
	edtf: string;
	interval: boolean;
	from: Endpoint;
	to: Endpoint;
}

/** A half-open range of UTF-16 indices into a source text. */
export interface TextRange {
	from: number;
	to: number;
}

export interface Source {
	id: string;
	title?: string;
	publisher?: string;
	/** Always http or https; anything else is dropped during validation. */
	url?: string;
	published?: string;
	text: string;
	sentences: TextRange[];
}

/** A quote anchored in its source: code points for the format, UTF-16 for the DOM. */
export interface Evidence extends TextRange {
	source: string;
	quote: string;
	prefix?: string;
	suffix?: string;
	/** Code-point offsets (TextPositionSelector). */
	start: number;
	end: number;
}

export interface TimelineEvent {
	id: string;
	title: string;
	date?: string;
	span: Span | null;
	dateText?: string;
	summary?: string;
	tags: string[];
	evidence: Evidence[];
}

export interface Timeline {
	title: string;
	description?: string;
	sources: Source[];
	events: TimelineEvent[];
}

export interface Problem {
	/** JSON path of the value at fault, e.g. `events[2].evidence[0].quote`. */
	path: string;
	message: string;
	/** Errors make the file invalid; warnings (unknown fields) do not. */
	severity: 'error' | 'warning';
	/** The event it falls in, for problems inside `events`. */
	event?: EventLabel;
}

/** The event a problem falls in, as the file gives it (id and title only when strings). */
export interface EventLabel {
	/** Its JSON path, e.g. `events[6]`. */
	path: string;
	id?: string;
	title?: string;
}
