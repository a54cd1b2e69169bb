// Colours of the picture. The interface colours come from the CSS custom properties of the active theme, so
// element.css is their single source; countries get distinguishable colours (Okabe–Ito based, then evenly
// spread hues), lighter on the dark theme.

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly edge: string;
  readonly accent: string;
  readonly focus: string;
  readonly countries: (index: number) => string;
}

const lightCountries = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8c6d1f', '#56b4e9', '#6a3d9a', '#b8860b'];
const darkCountries = ['#56b4e9', '#f28e2b', '#3fd0a0', '#e79cc9', '#e1c16e', '#9ecae1', '#b9a3e3', '#ffd166'];

export function readPalette(root: Element, dark: boolean): Palette {
  const style = getComputedStyle(root);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fixed = dark ? darkCountries : lightCountries;
  return {
    background: value('--rg-bg', dark ? '#0d1117' : '#ffffff'),
    text: value('--rg-fg', dark ? '#e6edf3' : '#1b1f24'),
    muted: value('--rg-muted', dark ? '#9da7b3' : '#57606a'),
    edge: value('--rg-edge', dark ? '#8b949e' : '#6e7781'),
    accent: value('--rg-accent', dark ? '#58a6ff' : '#0b57d0'),
    focus: value('--rg-focus', dark ? '#ffbf47' : '#b3261e'),
    countries: (index) => fixed[index] ?? `hsl(${Math.round((index * 137.508) % 360)} 60% ${dark ? 68 : 40}%)`,
  };
}
