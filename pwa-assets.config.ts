// `npm run icons`: every app icon from the one source, public/favicon.svg. The PNGs and the .ico
// are committed (test/unit/icons.test.ts checks their sizes), so a build needs no image tools.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// The icon's own blue (--accent in tokens.css): padding filled with it makes the rounded square
// full-bleed, which is what Android masks and iOS rounds.
const ICON_BLUE = '#1f4e79';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    transparent: { sizes: [192, 512], favicons: [[48, 'favicon.ico']] },
    maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: ICON_BLUE } },
    apple: { sizes: [180], padding: 0.15, resizeOptions: { background: ICON_BLUE } },
  },
  images: ['public/favicon.svg'],
});
