// Tests import the TypeScript sources, which need the generated dictionary bundle.
// @ts-expect-error: a plain ES module without types
import { genBundled } from '../scripts/gen-bundled.mjs';

export default function setup(): void {
  genBundled();
}
