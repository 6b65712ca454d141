// The app speaks the browser's language; editors of a Swedish bank get Swedish whatever their browser's,
// through the app's own language setting (which an editor can still change under Inställningar). A module of
// its own, imported before the app: the app reads the setting as soon as its module is evaluated.
const PREFS = 'sveltia-cms.prefs';
try {
	const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
	if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'sv' }));
} catch {
	// No storage (private mode): the browser's language decides.
}
