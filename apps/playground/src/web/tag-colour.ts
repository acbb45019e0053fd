// Tag colours come from the API (and, in remote mode, from whoever set them).
// Written into a `style` attribute, `red;position:fixed;inset:0` made a chip
// cover the page and take its clicks, and `url(…)` loaded remote resources.
// Only a hex colour is used, and it is set as one CSS property value through
// the CSSOM, never as style text.

const hexColour = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The colour when it is a hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`); `null` otherwise. */
export function tagColour(value: string | null | undefined): string | null {
  return typeof value === "string" && hexColour.test(value) ? value : null;
}

/** Gives a chip its tag's colour (`--chip`) when the colour is valid; otherwise it keeps the default. */
export function withChipColour<E extends HTMLElement>(element: E, colour: string | null | undefined): E {
  const valid = tagColour(colour);
  if (valid !== null) element.style.setProperty("--chip", valid);
  return element;
}
