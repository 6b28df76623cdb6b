// Puts the page's stylesheet (main-<hash>.css) into index.html as a <style>, so the masthead is painted as
// soon as the HTML arrives instead of one more round trip later (issue 14: first contentful paint), and
// lets the Content-Security-Policy allow exactly that <style> by its SHA-256 ('sha256-…' in style-src; no
// 'unsafe-inline'). The policy a host should send as a header (README, "Content-Security-Policy") is
// written to dist/_headers, the format Netlify and Cloudflare Pages read: the <meta>'s policy and
// `frame-ancestors *`, which only works as a header. The file itself stays in the build for plants.html
// and the story's step pages. Every rewrite checks it matched once and fails the build otherwise.
// Run by scripts/post-build.sh after csp-boot.sh. Usage: node scripts/inline-css.mjs <staging dir>
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const fail = (message) => {
  console.error(`inline-css: ${message}`);
  process.exit(1);
};
const dir = process.argv[2] ?? fail('usage: inline-css.mjs <dist dir>');
const htmlFile = join(dir, 'index.html');
let html = readFileSync(htmlFile, 'utf8');

const links = [...html.matchAll(/<link[^>]*href="?\.?\/?(main-[0-9a-f]{16}\.css)"?[^>]*>/g)];
if (links.length !== 1) fail(`expected 1 link to main-<hash>.css in ${htmlFile}, found ${links.length}`);
const [link, name] = links[0];
if (!existsSync(join(dir, name))) fail(`${name} is missing from ${dir}`);
const css = readFileSync(join(dir, name), 'utf8');
if (/<\/style/i.test(css)) fail(`${name} holds "</style", which would end the inline stylesheet`);
html = html.replace(link, () => `<style>${css}</style>`);

// The hash of the <style>'s text exactly as it stands in the page.
const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const metas = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/g) ?? [];
if (metas.length !== 1) fail(`expected 1 Content-Security-Policy <meta> in ${htmlFile}, found ${metas.length}`);
const policy = metas[0].match(/content="([^"]*)"/)?.[1] ?? fail(`the policy <meta> has no content: ${metas[0]}`);
const styles = policy.match(/style-src 'self'(?=;|$)/g) ?? [];
if (styles.length !== 1) fail(`expected "style-src 'self'" once in the policy, found ${styles.length}: ${policy}`);
const inlined = policy.replace("style-src 'self'", `style-src 'self' ${hash}`);
html = html.replace(metas[0], () => metas[0].replace(policy, inlined));
writeFileSync(htmlFile, html);
writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${inlined}; frame-ancestors *\n`);
console.log(`inline-css: ${name} (${css.length} B) inlined; style-src ${hash}`);
