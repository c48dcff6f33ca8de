/**
 * A stage shaped like the app's editor screen (same CSS classes as `EditorPage`: toolbar strip,
 * canvas column, 330 px side panel with the properties host), so every variant renders into a
 * canvas of the same size at 1366×768 and ours gets its properties panel where the app puts it.
 */
export interface Stage {
  canvas: HTMLElement;
  propertiesHost: HTMLElement;
  remove(): void;
}

/** Build a fresh editor-shaped stage inside `#bench-main`. */
export function createStage(): Stage {
  const main = document.getElementById('bench-main')!;
  const editor = document.createElement('div');
  editor.className = 'editor';
  editor.innerHTML =
    '<div class="editor-toolbar"><button class="btn">Rückgängig</button><span class="save-state">Gespeichert</span></div>' +
    '<div class="editor-body"><div class="canvas-column"><div class="canvas"></div></div>' +
    '<aside class="side-panel"><div class="tabs"><button aria-selected="true">Eigenschaften</button></div>' +
    '<div class="tab-body"><div class="properties-host"></div></div></aside></div>';
  main.appendChild(editor);
  return {
    canvas: editor.querySelector<HTMLElement>('.canvas')!,
    propertiesHost: editor.querySelector<HTMLElement>('.properties-host')!,
    remove: () => editor.remove()
  };
}

/** Resolve after the next frame has been painted (two animation frames). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Ask V8 for a full GC when Chromium runs with `--js-flags=--expose-gc`, so one run's garbage is not collected inside the next. */
export async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await nextPaint();
}
