// Loads every page of a published Gavel site in headless Chromium (Debian's package) over the
// Chrome DevTools Protocol, as a reader's browser would from a web server, and reports per page:
// console errors, failed loads and CSP violations (Runtime and Log events), whether the style
// sheet applied, and axe-core's violations (WCAG 2.0/2.1 A and AA and axe's best practices).
//
// Usage: node --experimental-websocket check-site.mjs SITE_FOLDER AXE_MIN_JS [CHROMIUM]
// Prints one JSON object on standard output; tests/it/publish.rs judges it. No npm package but
// axe-core (ui/node_modules): the site is served by node's http module, the protocol spoken over
// node's own WebSocket (Node 22; Node 20.10+ with --experimental-websocket).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, sep } from "node:path";

const [siteFolder, axePath, chromiumPath = "/usr/bin/chromium"] = process.argv.slice(2);
if (!siteFolder || !axePath) {
  console.error("usage: check-site.mjs SITE_FOLDER AXE_MIN_JS [CHROMIUM]");
  process.exit(2);
}
if (typeof WebSocket === "undefined") {
  console.error("this Node.js has no WebSocket: run it with --experimental-websocket (Node 20.10+)");
  process.exit(2);
}
const axeSource = readFileSync(axePath, "utf8");

function htmlPages(folder) {
  const pages = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) pages.push(...htmlPages(path));
    else if (name.endsWith(".html")) pages.push(path);
  }
  return pages;
}
const pages = htmlPages(siteFolder).map((path) => relative(siteFolder, path).split(sep).join("/")).sort();

// A plain static server, as any web server would serve the folder.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8" };
const server = createServer((request, response) => {
  const path = normalize(join(siteFolder, decodeURIComponent(new URL(request.url, "http://x").pathname)));
  if (!path.startsWith(normalize(siteFolder))) { response.writeHead(403).end(); return; }
  try {
    const body = readFileSync(path);
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), "gavel-chromium-"));
const chromium = spawn(chromiumPath, [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
  "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
const endpoint = await new Promise((resolve, reject) => {
  let seen = "";
  const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30000);
  chromium.stderr.on("data", (chunk) => {
    seen += chunk;
    const match = seen.match(/DevTools listening on (ws:\/\/\S+)/);
    if (match) { clearTimeout(timer); resolve(match[1]); }
  });
  chromium.on("exit", (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
});

const socket = new WebSocket(endpoint);
await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
let nextId = 1;
const waiting = new Map();
const listeners = new Set();
socket.onmessage = (message) => {
  const data = JSON.parse(message.data);
  if (data.id && waiting.has(data.id)) {
    const { resolve, reject } = waiting.get(data.id);
    waiting.delete(data.id);
    data.error ? reject(new Error(JSON.stringify(data.error))) : resolve(data.result);
  } else {
    for (const listener of listeners) listener(data);
  }
};
function send(method, params = {}, sessionId) {
  const id = nextId++;
  socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}

const results = [];
for (const page of pages) {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const problems = [];
  let loaded;
  const onLoad = new Promise((resolve) => { loaded = resolve; });
  const listener = (event) => {
    if (event.sessionId !== sessionId) return;
    if (event.method === "Runtime.consoleAPICalled" && ["error", "warning", "assert"].includes(event.params.type)) {
      problems.push(`console.${event.params.type}: ${event.params.args.map((a) => a.value ?? a.description).join(" ")}`);
    } else if (event.method === "Runtime.exceptionThrown") {
      problems.push(`exception: ${event.params.exceptionDetails.text}`);
    } else if (event.method === "Log.entryAdded" && ["error", "warning"].includes(event.params.entry.level)) {
      problems.push(`${event.params.entry.source} ${event.params.entry.level}: ${event.params.entry.text} ${event.params.entry.url ?? ""}`.trim());
    } else if (event.method === "Page.loadEventFired") {
      loaded();
    }
  };
  listeners.add(listener);
  await send("Runtime.enable", {}, sessionId);
  await send("Log.enable", {}, sessionId);
  await send("Page.enable", {}, sessionId);
  await send("Page.navigate", { url: `${origin}/${page}` }, sessionId);
  await Promise.race([onLoad, new Promise((_, reject) => setTimeout(() => reject(new Error(`${page} did not load`)), 30000))]);
  // Late console messages (a blocked style sheet is reported as it is refused, before load).
  await new Promise((resolve) => setTimeout(resolve, 100));
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(`${page}: ${exceptionDetails.text} ${JSON.stringify(exceptionDetails.exception?.description ?? "")}`);
    return result.value;
  };
  // The style sheet applied: the site's header colour, which only style.css sets.
  const styled = await evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor === 'rgb(0, 57, 114)'");
  // axe-core is evaluated through the protocol, not loaded by the page: the page's CSP forbids
  // every script, and this way that stays so.
  await evaluate(axeSource);
  const axe = await evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
    .then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) })) }))`);
  const scripts = await evaluate("document.scripts.length");
  listeners.delete(listener);
  await send("Target.closeTarget", { targetId });
  results.push({ page, problems, styled, scripts, passes: axe.passes, violations: axe.violations });
}

socket.close();
chromium.kill();
server.close();
try { rmSync(profile, { recursive: true, force: true }); } catch {}
process.stdout.write(JSON.stringify({ chromium: chromiumPath, origin, pages: results }) + "\n");
process.exit(0);
