/*
 * Sourceline host script: <script src="…/embed.js" async></script>
 * Sizes every <iframe data-sourceline> to its content from the frame's
 * "sourceline:resize" messages, and re-dispatches the frame's messages as DOM events
 * on the iframe ("sourceline:ready", "sourceline:select"). Sourceline.select(iframe, id)
 * chooses an event inside. Messages count only when they come from that iframe's
 * window and from the origin of its src.
 */
(function () {
	if (window.Sourceline) return;
	var SELECTOR = 'iframe[data-sourceline]';
	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return null;
		}
	}
	// Whether the frame shows a page from `origin`: a frame not loaded yet (loading=lazy,
	// or a src just set) still holds this page's about:blank, and a message to it would only
	// earn a console warning.
	function shows(frame, origin) {
		try {
			var href = frame.contentWindow.location.href;
			return href !== 'about:blank' && new URL(href).origin === origin;
		} catch {
			// Not readable: a page of another origin, loaded.
			return true;
		}
	}
	function send(frame, message) {
		var origin = originOf(frame);
		if (origin && origin !== 'null' && frame.contentWindow && shows(frame, origin))
			frame.contentWindow.postMessage(message, origin);
	}
	function frameOf(event) {
		var frames = document.querySelectorAll(SELECTOR);
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === event.source)
				return originOf(frames[i]) === event.origin ? frames[i] : null;
		return null;
	}
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
		if (data.type.indexOf('sourceline:') !== 0 || data.type === 'sourceline:hello') return;
		var frame = frameOf(event);
		if (!frame) return;
		if (data.type === 'sourceline:resize') {
			var height = Number(data.height);
			if (!(height > 0 && height < 100000)) return;
			frame.style.height = Math.ceil(height) + 'px';
		}
		frame.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
	});
	// Frames that loaded before this script missed their first messages: ask again, now
	// and whenever a framed timeline loads.
	var frames = document.querySelectorAll(SELECTOR);
	for (var i = 0; i < frames.length; i++) send(frames[i], { type: 'sourceline:hello' });
	document.addEventListener(
		'load',
		function (event) {
			var target = event.target;
			if (target && target.matches && target.matches(SELECTOR))
				send(target, { type: 'sourceline:hello' });
		},
		true
	);
	window.Sourceline = {
		/** Chooses an event in a framed timeline. */
		select: function (frame, id) {
			send(frame, { type: 'sourceline:select', id: String(id) });
		}
	};
})();
