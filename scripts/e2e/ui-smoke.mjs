// The UI smoke test on the installed .vsix: the zone file in the editor, "DNS Zone File" in the
// status bar, a squiggle, the Problems panel entry with its code, the quick-fix menu (Ctrl+.)
// applying a fix, and "Postmark Zone: Restart Language Server" from the command palette.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const STEP_TIMEOUT_MS = 30_000;

/** Pids of language servers started from the installed extension (found in /proc by path). */
function languageServerPids(extensionsDir) {
  const marker = `${extensionsDir}/postmark-zone.postmark-zone-`;
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker) && cmdline.includes('dist/server.js')) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Re-checks a condition (DOM text, /proc) every 100 ms until it holds; fails at the deadline. */
async function until(page, what, condition, timeoutMs = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const normalize = (text) => text.replace(/\u00a0/g, ' ');

export async function runUiSmoke({ context, server, workspace, extensionsDir, shots, log }) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const steps = [];
  let shot = 0;
  const screenshot = (name) => page.screenshot({ path: join(shots, `ui-${String(++shot).padStart(2, '0')}-${name}.png`) });
  const step = async (name, body) => {
    if (steps.some((s) => !s.ok)) return; // each step builds on the one before
    const started = Date.now();
    try {
      const detail = await body();
      steps.push({ name, ok: true, detail: `${detail ? `${detail}, ` : ''}${Date.now() - started} ms` });
    } catch (error) {
      steps.push({ name, ok: false, detail: error instanceof Error ? error.message.split('\n')[0] : String(error) });
      await screenshot(`failed-${name.replace(/\W+/g, '-').toLowerCase()}`).catch(() => undefined);
    }
  };
  const editorText = async () => normalize(await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText());
  const problemsText = async () => normalize(await page.locator('.markers-panel').first().innerText());

  await step('workbench loads the workspace', async () => {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'example.com.zone' }).first().waitFor();
  });

  await step('the zone file opens in the editor', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'example.com.zone' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'example.com.zone' }).first().waitFor();
    await until(page, 'the zone text in the editor', async () => (await editorText()).includes('pm-bounces'));
  });

  await step('the status bar shows the language mode', async () => {
    const mode = page.locator('[id="status.editor.mode"]').first();
    await until(page, '"DNS Zone File" in the status bar', async () => (await mode.innerText()).includes('DNS Zone File'));
    return (await mode.innerText()).trim();
  });

  await step('a squiggle marks the error', async () => {
    await page.locator('.editor-instance .squiggly-error').first().waitFor();
    const count = await page.locator('.editor-instance .squiggly-error').count();
    await screenshot('editor-squiggle');
    return `${count} error squiggle(s)`;
  });

  await step('the Problems panel lists the findings with their codes', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').first().waitFor();
    await until(page, 'postmark/return-path-target in the Problems panel', async () => {
      const text = await problemsText();
      return ['postmark/return-path-target', 'zone/missing-trailing-dot', 'dmarc/missing'].every((code) => text.includes(code));
    });
    await screenshot('problems-panel');
    return (await problemsText()).split('\n').filter((line) => line.includes('/')).slice(0, 3).join(' | ');
  });

  await step('Ctrl+. offers the quick fix and applies it', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').first().waitFor();
    await page.keyboard.type('22:30');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden' });
    // Ctrl+. pressed before the editor has its code actions shows "no code actions": press it
    // again until the menu opens (each try waits for the menu, the step's deadline bounds them).
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Add the trailing dot' }).first();
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await fix.waitFor({ timeout: 3000 });
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`the quick-fix menu did not open after ${attempt} Ctrl+. presses`);
        await page.keyboard.press('Escape');
      }
    }
    await screenshot('quick-fix-menu');
    const title = normalize(await fix.innerText()).trim();
    await fix.click();
    await until(page, "'pm.mtasv.net.' in the editor", async () => (await editorText()).includes('IN CNAME pm.mtasv.net.'));
    await until(page, 'the error to leave the Problems panel', async () => {
      const text = await problemsText();
      return !text.includes('postmark/return-path-target') && !text.includes('zone/missing-trailing-dot') && text.includes('dmarc/missing');
    });
    await until(page, 'no error squiggle left', async () => (await page.locator('.editor-instance .squiggly-error').count()) === 0);
    await screenshot('fixed');
    return title;
  });

  await step('the command palette runs "Postmark Zone: Restart Language Server"', async () => {
    const before = await until(page, 'a running language server from the installed .vsix', async () => {
      const pids = languageServerPids(extensionsDir);
      return pids.length > 0 ? pids : undefined;
    });
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').first().waitFor();
    await page.keyboard.type('Postmark Zone: Restart Language Server');
    const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Restart Language Server' }).first();
    await entry.waitFor();
    await screenshot('command-palette');
    await page.keyboard.press('Enter');
    const after = await until(page, 'a new language server process', async () => {
      const pids = languageServerPids(extensionsDir);
      return pids.length > 0 && pids.every((pid) => !before.includes(pid)) ? pids : undefined;
    });
    await until(page, 'the restarted server to publish dmarc/missing', async () => (await problemsText()).includes('dmarc/missing'));
    await screenshot('restarted');
    return `server pid ${before.join(',')} -> ${after.join(',')}`;
  });

  log?.(`UI smoke: ${steps.filter((s) => s.ok).length}/${steps.length} steps passed`);
  await page.close().catch(() => undefined);
  return { ok: steps.length > 0 && steps.every((s) => s.ok), steps };
}
