import { readFileSync } from 'node:fs';

/** Who we are, in every request, so a site owner can see what fetched their page and find us. */
export const PROJECT_URL = 'https://github.com/dyad-events/dyad';

export const USER_AGENT = `Dyad/${packageVersion()} (+${PROJECT_URL})`;

function packageVersion(): string {
  // src/net and dist/net both sit two levels below package.json.
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0';
  } catch {
    return '0';
  }
}
