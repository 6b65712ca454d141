/**
 * The site's one inline script, first in <head>: it marks the page as scripted before anything is
 * painted, so chart boxes are reserved from the first frame when charts can draw, and absent (the
 * tables carry the numbers) when scripts are off. astro.config.mjs allows exactly this text by hash.
 */
export const SCRIPTING_CLASS = "document.documentElement.classList.add('js')";
