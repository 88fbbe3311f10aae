/**
 * Puts a text on the clipboard. The Clipboard API first; where an app's WebView refuses it, the older copy command,
 * which many WebViews still honour inside a tap. False when both are refused: the caller then says how to copy by
 * hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  // Off screen but selectable: a hidden element cannot hold a selection.
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
