/// <reference lib="webworker" />
import { draftTimeline, type DraftInput } from '../draft/draft.ts';

/** Drafts off the page's thread, so a long article never freezes the tab. */
self.onmessage = (message: MessageEvent<DraftInput>) => {
	try {
		const draft = draftTimeline(message.data, (done) => self.postMessage({ progress: done }));
		self.postMessage({ ok: true, draft });
	} catch (error) {
		self.postMessage({ ok: false, message: (error as Error).message });
	}
};
